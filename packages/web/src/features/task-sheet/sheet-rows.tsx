import type { Task } from '@tandem/api';
import { type KeyboardEvent, memo } from 'react';
import type { MessagePlace } from './cell-message';
import type { CellContext } from './cell-values';
import { SHEET_HEADER_HEIGHT, TASK_ROW_HEIGHT } from './row-metrics';
import { type RowEditor, SheetRow } from './sheet-row';
import classes from './task-sheet.module.css';
import type { MeasureText } from './text-fit';
import { type RowWindow, rowChunks, useWindow, type WindowStore } from './window-store';

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
 * The task rows in the scroller's row window, by chunk: each chunk is a `tbody` box of its own,
 * placed under the sheet's header (see `rowChunks`), its rows keyed by their place in it.
 * Crossing a chunk while scrolling re-renders only the box that takes another chunk, and its rows
 * patch their elements' text and attributes instead of creating new ones (a new element costs a
 * style recalculation and layout from scratch). Rows that stay keep equal props and do not
 * re-render, and their boxes are not repainted.
 */
export const SheetRows = memo(function SheetRows(props: SheetRowsProps) {
  const rowWindow = useWindow(props.window);
  const { rows, editing, cellError } = props;
  const boxes: React.JSX.Element[] = [];
  for (const { slot, start, rows: members } of rowChunks(rowWindow)) {
    const list: React.JSX.Element[] = [];
    let showsError = false;
    for (const { index, place } of members) {
      if (index >= rows.length) continue;
      const task = rows[index];
      const error = cellError?.taskId === task.id ? cellError : null;
      if (error) showsError = true;
      list.push(
        <SheetRow
          key={place}
          task={task}
          top={place * TASK_ROW_HEIGHT}
          ariaRowIndex={index + 2}
          context={props.context}
          selected={task.id === props.selectedTaskId}
          activeColumn={task.id === props.activeTaskId ? props.activeColumn : -1}
          columnCount={props.columnCount}
          editor={editing?.taskId === task.id ? editing : null}
          cellError={error}
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
    boxes.push(
      <tbody
        key={slot}
        // A box showing an error message lets it out (it lies under its cell, maybe below the box).
        className={showsError ? `${classes.chunk} ${classes.withError}` : classes.chunk}
        style={{
          top: SHEET_HEADER_HEIGHT + start * TASK_ROW_HEIGHT,
          height: rowWindow.chunk * TASK_ROW_HEIGHT,
        }}
      >
        {list}
      </tbody>,
    );
  }
  return boxes;
});
