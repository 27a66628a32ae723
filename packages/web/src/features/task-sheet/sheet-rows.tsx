import type { Task } from '@tandem/api';
import { type KeyboardEvent, memo } from 'react';
import type { MessagePlace } from './cell-message';
import type { CellContext } from './cell-values';
import { TASK_ROW_HEIGHT } from './row-metrics';
import { type RowEditor, SheetRow } from './sheet-row';
import type { MeasureText } from './text-fit';
import { type RowWindow, rowsBySlot, useWindow, type WindowStore } from './window-store';

/** An open editor or an error, with the row it belongs to. */
interface ForRow {
  readonly taskId: string;
  readonly column: number;
}

export interface SheetRowsProps {
  /** The rows to render, from the Gantt's scroller: only this component re-renders on scroll. */
  readonly window: WindowStore<RowWindow>;
  readonly rows: readonly Task[];
  readonly context: CellContext;
  readonly selectedTaskId: string | null;
  /** The active cell's task (null: the blank row) and column. */
  readonly activeTaskId: string | null;
  readonly activeColumn: number;
  /** How many leading columns to render (those reaching into the pane). */
  readonly columnCount: number;
  readonly editing: (RowEditor & ForRow) | null;
  readonly cellError: (ForRow & { readonly message: string; readonly place: MessagePlace }) | null;
  readonly collapsed: ReadonlySet<string>;
  readonly conflictIds: ReadonlySet<string>;
  readonly idPrefix: string;
  readonly measure: MeasureText | null;
  readonly onToggleCollapse: (taskId: string) => void;
  readonly onEditorChange: (text: string) => void;
  readonly onEditorKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onEditorBlur: (to: Element | null) => void;
}

/**
 * The task rows in the scroller's row window, each at its `top`, keyed by slot (see `rowsBySlot`):
 * crossing a chunk while scrolling re-renders only the slots that change rows, and those patch
 * their elements' text and attributes instead of creating new ones (a new element costs a style
 * recalculation and layout from scratch). Rows that stay keep equal props and do not re-render.
 */
export const SheetRows = memo(function SheetRows(props: SheetRowsProps) {
  const rowWindow = useWindow(props.window);
  const { rows, editing, cellError } = props;
  const list: React.JSX.Element[] = [];
  for (const { slot, index } of rowsBySlot(rowWindow)) {
    if (index >= rows.length) continue;
    const task = rows[index];
    list.push(
      <SheetRow
        key={slot}
        task={task}
        top={index * TASK_ROW_HEIGHT}
        ariaRowIndex={index + 2}
        context={props.context}
        selected={task.id === props.selectedTaskId}
        activeColumn={task.id === props.activeTaskId ? props.activeColumn : -1}
        columnCount={props.columnCount}
        editor={editing?.taskId === task.id ? editing : null}
        cellError={cellError?.taskId === task.id ? cellError : null}
        collapsed={props.collapsed.has(task.id)}
        critical={task.critical === true}
        deadlineMissed={task.deadline !== null && task.finish > task.deadline}
        conflict={props.conflictIds.has(task.id)}
        idPrefix={props.idPrefix}
        measure={props.measure}
        onToggleCollapse={props.onToggleCollapse}
        onEditorChange={props.onEditorChange}
        onEditorKeyDown={props.onEditorKeyDown}
        onEditorBlur={props.onEditorBlur}
      />,
    );
  }
  return list;
});
