import { DEFAULT_PROJECT_CALENDAR, type Task } from '@tandem/api';
import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ConflictDialog } from '../conflicts/conflict-dialog';
import { useProjectConflicts } from '../conflicts/conflict-store';
import { useProject } from '../projects/projects.queries';
import { useAssignments } from '../resources/assignments.queries';
import { useResources } from '../resources/resources.queries';
import { MESSAGE_ROOM, messagePlace } from './cell-message';
import { TASK_ROW_HEIGHT } from './row-metrics';
import { NAME_COLUMN, SHEET_COLUMNS, SHEET_WIDTH } from './sheet-columns';
import { SheetHeader } from './sheet-header';
import { sheetKeyAction } from './sheet-keys';
import { cellId, type RowEditor, SheetRow, titleOnHover } from './sheet-row';
import { SheetRows } from './sheet-rows';
import classes from './task-sheet.module.css';
import type { TaskSheetProps } from './task-sheet.types';
import { createCanvasMeasure, type MeasureText } from './text-fit';
import { useCellContext } from './use-cell-context';
import { type ActiveCell, BLANK, LAST_COLUMN, useCellEditor } from './use-cell-editor';
import { useHorizontalReveal } from './use-horizontal-reveal';
import { type CommandResult, useSheetCommands } from './use-sheet-commands';

export type { TaskSheetProps } from './task-sheet.types';

/**
 * The task sheet, Microsoft Project's left pane: row number, indicators, name (indented, with
 * collapse toggles), duration, start, finish, predecessors, resources and % complete. Keyboard
 * first: arrows move, Enter/F2 or typing edits, Enter/Tab commit and move, Escape cancels, Insert
 * and Delete add and remove tasks, Alt+Shift+arrows indent, outdent and move, Ctrl+Z/Ctrl+Y undo
 * and redo through the API. The header is sticky (SHEET_HEADER_HEIGHT); the body is `totalHeight`
 * tall plus the blank row where typing a name adds a task and room for a message under it; only
 * the rows of `rowWindow` render.
 */
export function TaskSheet(props: TaskSheetProps): React.JSX.Element {
  const {
    workspaceId,
    projectId,
    rows,
    rowIndexById,
    allTasks,
    links,
    selectedTaskId,
    onSelectTask,
    onScrollToRow,
  } = props;
  const idPrefix = useId().replace(/:/g, '');
  const rootRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const project = useProject(projectId);
  const calendar = project.data?.calendar ?? DEFAULT_PROJECT_CALENDAR;
  const resources = useResources(workspaceId);
  const assignments = useAssignments(projectId);
  const conflicts = useProjectConflicts(projectId);
  const commands = useSheetCommands(workspaceId, projectId);

  const [active, setActive] = useState<ActiveCell>({ taskId: rows[0]?.id ?? BLANK, column: NAME_COLUMN });
  const [cellError, setCellError] = useState<{ taskId: string; column: number; message: string } | null>(
    null,
  );

  const context = useCellContext(allTasks, links, calendar, resources.data, assignments.data);
  const conflictIds = useMemo(() => new Set(conflicts.map((c) => c.objectId)), [conflicts]);

  // The active row: by task id, so other people's inserts do not move it; a vanished task falls back to the row it was on.
  const lastIndex = useRef(0);
  let activeIndex = active.taskId === BLANK ? rows.length : (rowIndexById.get(active.taskId) ?? -1);
  if (activeIndex < 0) activeIndex = Math.min(lastIndex.current, rows.length);
  lastIndex.current = activeIndex;
  const activeTask: Task | null = rows[activeIndex] ?? null;

  const reveal = useHorizontalReveal(rootRef, active.column);

  // Text widths in the sheet's font, read once it is in the page (until then every text clips).
  const [measure, setMeasure] = useState<MeasureText | null>(null);
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const style = getComputedStyle(table);
    setMeasure(() => createCanvasMeasure(style.fontFamily, Number.parseFloat(style.fontSize)));
  }, []);

  // Follow a selection made elsewhere (a click on a Gantt bar): only when the selection changes.
  const followed = useRef(selectedTaskId);
  useEffect(() => {
    if (followed.current === selectedTaskId) return;
    followed.current = selectedTaskId;
    if (selectedTaskId && rowIndexById.has(selectedTaskId)) {
      setActive((current) =>
        current.taskId === selectedTaskId ? current : { ...current, taskId: selectedTaskId },
      );
    }
  }, [selectedTaskId, rowIndexById]);

  const focusSheet = useCallback(() => tableRef.current?.focus({ preventScroll: true }), []);

  const moveTo = useCallback(
    (index: number, column: number) => {
      const row = Math.max(0, Math.min(rows.length, index));
      const taskId = rows[row]?.id ?? BLANK;
      const col = Math.max(0, Math.min(LAST_COLUMN, column));
      setActive({ taskId, column: col });
      setCellError(null);
      onSelectTask(taskId === BLANK ? null : taskId);
      if (rows.length > 0) onScrollToRow(Math.min(row, rows.length - 1));
    },
    [rows, onSelectTask, onScrollToRow],
  );

  const report = useCallback((result: CommandResult, taskId: string, column: number) => {
    if (!result.ok) setCellError({ taskId, column, message: result.error });
    return result;
  }, []);

  const { editing, startEditing, commitEdit, onStrayKey, onEditorKeyDown, onEditorChange, onEditorBlur } =
    useCellEditor({
      tableRef,
      active,
      activeTask,
      activeIndex,
      rows,
      allTasks,
      rowIndexById,
      context,
      resources: resources.data,
      assignments: assignments.data,
      commands,
      focusSheet,
      moveTo,
      setActive,
      setCellError,
      onSelectTask,
    });
  // The rows render the columns reaching into the pane, the active one (even before the shift
  // that shows it lands, an effect later) and an open editor's: a refused commit by a click
  // elsewhere leaves the editor open (see onStrayKey) while the shift follows the new active cell.
  const columnCount = Math.max(reveal.columns, active.column + 1, (editing?.column ?? -1) + 1);
  // An error message is placed where the pane shows it (the pane clips the sheet's right side).
  const { offset, paneWidth } = reveal;
  const placedError = useMemo(
    () => cellError && { ...cellError, place: messagePlace(cellError.column, offset, paneWidth) },
    [cellError, offset, paneWidth],
  );

  const run = useCallback(
    async (work: Promise<CommandResult>, taskId: string, column: number) => {
      report(await work, taskId, column);
    },
    [report],
  );
  // The cursor goes to a task inserted above it as soon as the task shows.
  const follow = useCallback(
    (taskId: string) => {
      setActive((current) => ({ ...current, taskId }));
      onSelectTask(taskId);
    },
    [onSelectTask],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      if (editing) return onStrayKey(event);
      const action = sheetKeyAction(event);
      if (action.kind === 'none') return;
      // Tab past the last column (Shift+Tab before the first) leaves the sheet: no keyboard trap
      const edge = event.shiftKey ? active.column === 0 : active.column === LAST_COLUMN;
      if (event.key === 'Tab' && edge) return;
      event.preventDefault();
      const taskId = activeTask?.id ?? BLANK;
      switch (action.kind) {
        case 'move':
          return moveTo(activeIndex + action.rows, active.column + action.columns);
        case 'moveTo':
          if (action.where === 'rowStart') return moveTo(activeIndex, NAME_COLUMN);
          if (action.where === 'rowEnd') return moveTo(activeIndex, LAST_COLUMN);
          return moveTo(action.where === 'first' ? 0 : rows.length, active.column);
        case 'page': {
          const page = Math.max(
            1,
            Math.floor((rootRef.current?.parentElement?.clientHeight ?? 320) / TASK_ROW_HEIGHT) - 1,
          );
          return moveTo(activeIndex + action.direction * page, active.column);
        }
        case 'edit':
          return startEditing(null);
        case 'type':
          return startEditing(action.text);
        case 'clear':
          return startEditing('');
        case 'insert':
          return void run(commands.insert(activeTask, calendar, follow), taskId, active.column);
        case 'delete':
          if (activeTask) void run(commands.remove(activeTask), taskId, active.column);
          return;
        case 'indent':
        case 'outdent':
          if (activeTask) void run(commands.outline(activeTask, action.kind), taskId, active.column);
          return;
        case 'moveTask':
          if (activeTask)
            void run(
              commands.outline(activeTask, action.direction < 0 ? 'up' : 'down'),
              taskId,
              active.column,
            );
          return;
        case 'undo':
          return void run(commands.undo(), taskId, active.column);
        case 'redo':
          return void run(commands.redo(), taskId, active.column);
        case 'toggle':
          if (activeTask?.summary) props.onToggleCollapse(activeTask.id);
          return;
      }
    },
    [
      editing,
      onStrayKey,
      activeTask,
      activeIndex,
      active.column,
      moveTo,
      rows.length,
      startEditing,
      run,
      commands,
      calendar,
      follow,
      props.onToggleCollapse,
    ],
  );

  const onMouseDown = useCallback(
    (event: MouseEvent<HTMLTableElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest('input')) return;
      const cell = target.closest<HTMLElement>('[data-column]');
      const row = target.closest<HTMLElement>('[data-row-key]');
      if (!cell || !row) return;
      const key = row.dataset.rowKey === 'new' ? BLANK : (row.dataset.rowKey ?? BLANK);
      const column = Number(cell.dataset.column);
      if (editing) void commitEdit(0, 0);
      setActive({ taskId: key, column });
      setCellError(null);
      onSelectTask(key === BLANK ? null : key);
      // Focus after the browser's own mousedown focus handling, unless the sheet (or an editor
      // the user opened by typing since) already has it: stealing it would drop typed keys.
      requestAnimationFrame(() => {
        if (!tableRef.current?.contains(document.activeElement)) focusSheet();
      });
    },
    [editing, commitEdit, onSelectTask, focusSheet],
  );

  const onDoubleClick = useCallback(() => startEditing(null), [startEditing]);

  const blankTop = rows.length * TASK_ROW_HEIGHT;
  const activeRowKey = activeTask?.id ?? 'new';
  const editorFor = (taskId: string): RowEditor | null =>
    editing && editing.taskId === taskId
      ? { column: editing.column, text: editing.text, error: editing.error }
      : null;
  const errorFor = (taskId: string) => (placedError?.taskId === taskId ? placedError : null);

  return (
    <div ref={rootRef} className={classes.sheet}>
      {/* biome-ignore lint/a11y/useKeyWithMouseEvents: the hover title only repeats a cell's own text for the pointer, which the keyboard's active cell already reads out */}
      <table
        ref={tableRef}
        className={classes.table}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the sheet is an ARIA grid: one tab stop, an active cell moved by the keyboard
        role="grid"
        aria-label="Task sheet"
        aria-rowcount={rows.length + 2}
        aria-colcount={SHEET_COLUMNS.length}
        aria-activedescendant={editing ? undefined : cellId(idPrefix, activeRowKey, active.column)}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onDoubleClick={onDoubleClick}
        onMouseOver={(event) => titleOnHover(event.target)}
        style={{ transform: `translateX(${-reveal.offset}px)`, width: SHEET_WIDTH }}
      >
        <SheetHeader />
        <tbody
          className={classes.body}
          style={{ height: props.totalHeight + TASK_ROW_HEIGHT + MESSAGE_ROOM }}
        >
          <SheetRows
            window={props.rowWindow}
            rows={rows}
            context={context}
            selectedTaskId={selectedTaskId}
            activeTaskId={activeTask?.id ?? null}
            activeColumn={active.column}
            columnCount={columnCount}
            editing={editing}
            cellError={placedError}
            collapsed={props.collapsed}
            conflictIds={conflictIds}
            idPrefix={idPrefix}
            measure={measure}
            onToggleCollapse={props.onToggleCollapse}
            onEditorChange={onEditorChange}
            onEditorKeyDown={onEditorKeyDown}
            onEditorBlur={onEditorBlur}
          />
          <SheetRow
            task={null}
            top={blankTop}
            ariaRowIndex={rows.length + 2}
            context={context}
            selected={false}
            activeColumn={activeTask ? -1 : active.column}
            columnCount={columnCount}
            editor={editorFor(BLANK)}
            cellError={errorFor(BLANK)}
            collapsed={false}
            critical={false}
            deadlineMissed={false}
            conflict={false}
            idPrefix={idPrefix}
            measure={measure}
            onToggleCollapse={props.onToggleCollapse}
            onEditorChange={onEditorChange}
            onEditorKeyDown={onEditorKeyDown}
            onEditorBlur={onEditorBlur}
          />
        </tbody>
      </table>
      <ConflictDialog projectId={projectId} calendar={calendar} onResolved={focusSheet} />
    </div>
  );
}
