import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronRight,
  IconFlame,
  IconGitCompare,
} from '@tabler/icons-react';
import type { Task } from '@tandem/api';
import { type KeyboardEvent, memo } from 'react';
import { MilestoneMarker } from '../../components/milestone-marker';
import type { MessagePlace } from './cell-message';
import { type CellContext, displayText } from './cell-values';
import { TASK_ROW_HEIGHT } from './row-metrics';
import { CELL_CHROME, NAME_COLUMN as NAME_INDEX, SHEET_COLUMNS, SHEET_WIDTH } from './sheet-columns';
import classes from './task-sheet.module.css';
import { type MeasureText, textFits } from './text-fit';

/** Columns drawn with more than their text (icons, indentation, toggles). */
const RICH_COLUMNS: ReadonlySet<string> = new Set(['indicators', 'name']);

/** Indentation per outline level, px. */
const INDENT = 16;
/** The collapse toggle (or its spacer) and the gap after it in the name cell, px. */
const TOGGLE_ROOM = 22;
/** A milestone's marker and the gap after it, px. */
const MILESTONE_ROOM = 15;

/** Each column's cell width, as a style shared by every row. */
const CELL_STYLES = SHEET_COLUMNS.map((column) => ({ width: column.width }));

/** The open editor of a row. */
export interface RowEditor {
  readonly column: number;
  readonly text: string;
  readonly error: string | null;
}

export interface SheetRowProps {
  /** null: the blank last row, where typing a name adds a task. */
  readonly task: Task | null;
  readonly top: number;
  /** aria-rowindex (the header row is 1). */
  readonly ariaRowIndex: number;
  readonly context: CellContext;
  readonly selected: boolean;
  /** Index of the active column in this row, or -1. */
  readonly activeColumn: number;
  /** How many leading columns to render: cells right of the pane that clips the sheet are left out. */
  readonly columnCount: number;
  readonly editor: RowEditor | null;
  /** A server or input error shown under a cell of this row, where the pane shows it. */
  readonly cellError: {
    readonly column: number;
    readonly message: string;
    readonly place: MessagePlace;
  } | null;
  readonly collapsed: boolean;
  readonly critical: boolean;
  readonly deadlineMissed: boolean;
  readonly conflict: boolean;
  readonly idPrefix: string;
  /** Text widths in the sheet's font (null: unknown, every text clips). */
  readonly measure: MeasureText | null;
  readonly onToggleCollapse: (taskId: string) => void;
  readonly onEditorChange: (text: string) => void;
  readonly onEditorKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** `to`: the element taking the focus (null when the focus went nowhere). */
  readonly onEditorBlur: (to: Element | null) => void;
}

/**
 * Gives a new cell editor the keyboard with the caret at the end, without letting the browser
 * scroll the clipped sheet pane (the sheet reveals the active column itself).
 */
function focusOnMount(input: HTMLInputElement | null): void {
  if (!input || input === document.activeElement) return;
  input.focus({ preventScroll: true });
  input.setSelectionRange(input.value.length, input.value.length);
}

/** The DOM id of a cell, for `aria-activedescendant`. */
export function cellId(idPrefix: string, rowKey: string, column: number): string {
  return `${idPrefix}-${rowKey}-${column}`;
}

/**
 * Gives the text cell under the pointer its full text as a tooltip. Set on hover rather than on
 * every row: a changed `title` restyles its element (the browser's own `abbr[title]` rule makes
 * it a style attribute), and scrolling changes the texts of whole rows of cells.
 */
export function titleOnHover(target: EventTarget | null): void {
  if (!(target instanceof Element)) return;
  const cell = target.closest<HTMLElement>('[data-full-text]');
  const text = cell?.textContent ?? '';
  if (cell && cell.title !== text) cell.title = text;
}

/**
 * One row of the sheet: plain elements, memoised, so rows that stay in view while scrolling or
 * editing elsewhere do not re-render.
 */
export const SheetRow = memo(function SheetRow(props: SheetRowProps) {
  const { task, editor, cellError } = props;
  const rowKey = task?.id ?? 'new';
  const className = [
    classes.row,
    task ? '' : classes.blank,
    props.selected ? classes.selected : '',
    task?.summary ? classes.summary : '',
    props.critical ? classes.critical : '',
    cellError ? classes.withError : '',
  ].join(' ');
  return (
    <tr
      aria-rowindex={props.ariaRowIndex}
      aria-selected={props.selected}
      className={className}
      data-row-key={rowKey}
      data-critical={props.critical || undefined}
      style={{
        top: props.top,
        height: TASK_ROW_HEIGHT,
        width: SHEET_WIDTH,
      }}
    >
      {SHEET_COLUMNS.slice(0, props.columnCount).map((column, index) => {
        const active = index === props.activeColumn;
        const align =
          column.align === 'right' ? classes.right : column.align === 'center' ? classes.center : '';
        const editing = editor?.column === index;
        // Plain text goes straight into the cell: one element less per cell to style and lay out.
        const text =
          !editing && task && !RICH_COLUMNS.has(column.key)
            ? displayText(column.key, task, props.context)
            : null;
        // Row numbers never clip: their column holds five digits in their own smaller font, but
        // measured at the sheet's size IDs from 1000 on showed as "1…".
        const clip =
          text !== null &&
          column.key !== 'row' &&
          !textFits(text, column.width - CELL_CHROME, task?.summary ? 600 : 400, props.measure);
        const kind = editing
          ? classes.editing
          : text !== null
            ? `${classes.textCell} ${clip ? classes.clip : ''}`
            : '';
        return (
          <td
            key={column.key}
            // Only the active cell needs an id (the grid's aria-activedescendant).
            id={active ? cellId(props.idPrefix, rowKey, index) : undefined}
            aria-colindex={index + 1}
            data-active={active || undefined}
            data-column={index}
            style={CELL_STYLES[index]}
            className={`${classes.cell} ${align} ${active ? classes.active : ''} ${kind} ${column.key === 'row' ? classes.dimmed : ''}`}
            data-full-text={text !== null || undefined}
          >
            {editing ? (
              <input
                ref={focusOnMount}
                className={`${classes.editor} ${editor.error ? classes.invalid : ''}`}
                aria-label={task ? `${column.title} of ${task.name}` : 'Name of a new task'}
                aria-invalid={editor.error ? true : undefined}
                value={editor.text}
                onChange={(event) => props.onEditorChange(event.currentTarget.value)}
                onKeyDown={props.onEditorKeyDown}
                onBlur={(event) => props.onEditorBlur(event.relatedTarget as Element | null)}
                spellCheck={column.key === 'name'}
              />
            ) : text !== null ? (
              text
            ) : (
              <CellContent {...props} column={index} />
            )}
          </td>
        );
      })}
      {cellError && (
        <td role="alert" className={classes.error} style={{ ...cellError.place, top: TASK_ROW_HEIGHT + 2 }}>
          {cellError.message}
        </td>
      )}
    </tr>
  );
});

/** Whether a task's name fits its cell beside its indentation, toggle and milestone marker. */
function nameFits(task: Task, measure: MeasureText | null): boolean {
  const room =
    SHEET_COLUMNS[NAME_INDEX].width -
    CELL_CHROME -
    (task.outlineLevel - 1) * INDENT -
    TOGGLE_ROOM -
    (task.milestone ? MILESTONE_ROOM : 0);
  return textFits(task.name, room, task.summary ? 600 : 400, measure);
}

function CellContent(props: SheetRowProps & { readonly column: number }) {
  const { task, column } = props;
  const key = SHEET_COLUMNS[column].key;
  if (!task) {
    return key === 'name' ? <span className={classes.dimmed}>Type a name to add a task</span> : null;
  }
  if (key === 'indicators') {
    return (
      <span className={classes.indicators}>
        {props.conflict && (
          <IconGitCompare
            size={14}
            className={classes.conflictIcon}
            role="img"
            aria-label="Conflicting edit"
          />
        )}
        {props.critical && (
          <IconFlame size={14} className={classes.criticalIcon} role="img" aria-label="Critical" />
        )}
        {props.deadlineMissed && (
          <IconAlertTriangle
            size={14}
            className={classes.warningIcon}
            role="img"
            aria-label="Deadline missed"
          />
        )}
      </span>
    );
  }
  if (key === 'name') {
    return (
      <span className={classes.name} style={{ paddingLeft: (task.outlineLevel - 1) * INDENT }}>
        {task.summary ? (
          <button
            type="button"
            tabIndex={-1}
            className={classes.toggle}
            onClick={(event) => {
              event.stopPropagation();
              props.onToggleCollapse(task.id);
            }}
            onMouseDown={(event) => event.stopPropagation()}
            aria-expanded={!props.collapsed}
            aria-label={`${props.collapsed ? 'Expand' : 'Collapse'} ${task.name}`}
          >
            {props.collapsed ? <IconChevronRight size={14} /> : <IconChevronDown size={14} />}
          </button>
        ) : (
          <span className={classes.spacer} />
        )}
        {task.milestone && <MilestoneMarker label="Milestone" />}
        <span
          className={nameFits(task, props.measure) ? classes.nameText : `${classes.nameText} ${classes.clip}`}
          data-full-text
        >
          {task.name}
        </span>
      </span>
    );
  }
  return null;
}
