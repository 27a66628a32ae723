import type { Assignment, Resource, Task } from '@tandem/api';
import { type KeyboardEvent, type RefObject, useCallback, useRef, useState } from 'react';
import { type CellContext, editText } from './cell-values';
import { SHEET_COLUMNS } from './sheet-columns';
import { editorKeyAction, sheetKeyAction } from './sheet-keys';
import type { RowEditor } from './sheet-row';
import type { useSheetCommands } from './use-sheet-commands';

/** The blank last row's key in the active cell. */
export const BLANK = '';

export const LAST_COLUMN = SHEET_COLUMNS.length - 1;

export interface ActiveCell {
  /** Task id, or BLANK for the blank last row. */
  readonly taskId: string;
  readonly column: number;
}

export interface EditState extends RowEditor {
  readonly taskId: string;
  /** The task's version when the editor opened (what the user read). */
  readonly version: number | undefined;
}

export interface CellEditorInputs {
  readonly tableRef: RefObject<HTMLTableElement | null>;
  readonly active: ActiveCell;
  readonly activeTask: Task | null;
  readonly activeIndex: number;
  readonly rows: readonly Task[];
  readonly allTasks: readonly Task[];
  readonly rowIndexById: ReadonlyMap<string, number>;
  readonly context: CellContext;
  readonly resources: readonly Resource[] | undefined;
  readonly assignments: readonly Assignment[] | undefined;
  readonly commands: ReturnType<typeof useSheetCommands>;
  readonly focusSheet: () => void;
  readonly moveTo: (index: number, column: number) => void;
  readonly setActive: (cell: ActiveCell) => void;
  readonly setCellError: (error: { taskId: string; column: number; message: string } | null) => void;
  readonly onSelectTask: (taskId: string | null) => void;
}

/**
 * The sheet's cell editor: opening, typing, committing through the API (then moving like a
 * spreadsheet), cancelling, and what a blur means. One editor at a time.
 */
export function useCellEditor(inputs: CellEditorInputs) {
  const {
    tableRef,
    active,
    activeTask,
    activeIndex,
    rows,
    allTasks,
    rowIndexById,
    context,
    resources,
    assignments,
    commands,
    focusSheet,
    moveTo,
    setActive,
    setCellError,
    onSelectTask,
  } = inputs;
  const [editing, setEditing] = useState<EditState | null>(null);
  const committing = useRef(false);

  const startEditing = useCallback(
    (text: string | null) => {
      const column = SHEET_COLUMNS[active.column];
      if (!column.editable) return;
      if (!activeTask && column.key !== 'name') return;
      setCellError(null);
      setEditing({
        taskId: activeTask?.id ?? BLANK,
        column: active.column,
        text: text ?? editText(column.key, activeTask, context),
        error: null,
        version: activeTask?.version,
      });
    },
    [active.column, activeTask, context, setCellError],
  );

  const commitEdit = useCallback(
    async (rowsDown: number, columnsRight: number, refocus = true) => {
      if (!editing || committing.current) return;
      committing.current = true;
      const task = editing.taskId === BLANK ? null : (allTasks.find((t) => t.id === editing.taskId) ?? null);
      const column = SHEET_COLUMNS[editing.column];
      const result = await commands.commit(
        task,
        column.key,
        editing.text,
        {
          ...context,
          resources: resources ?? [],
          assignments: assignments ?? [],
        },
        editing.version,
      );
      if (!result.ok) {
        committing.current = false;
        setEditing((current) => (current ? { ...current, error: result.error } : current));
        setCellError({ taskId: editing.taskId, column: editing.column, message: result.error });
        return;
      }
      setEditing(null);
      setCellError(null);
      // moving the focus blurs the editor: the guard keeps that blur from committing again
      if (refocus) focusSheet();
      committing.current = false;
      if (result.taskId) {
        // a task typed into the blank row: the cursor follows it like any row
        const taskId = result.taskId;
        if (rowsDown > 0) setActive({ taskId: BLANK, column: editing.column });
        else setActive({ taskId, column: Math.max(0, Math.min(LAST_COLUMN, editing.column + columnsRight)) });
        onSelectTask(rowsDown > 0 ? null : taskId);
        return;
      }
      const index =
        editing.taskId === BLANK ? rows.length : (rowIndexById.get(editing.taskId) ?? activeIndex);
      moveTo(index + rowsDown, editing.column + columnsRight);
    },
    [
      editing,
      allTasks,
      commands,
      context,
      resources,
      assignments,
      focusSheet,
      rows.length,
      rowIndexById,
      activeIndex,
      moveTo,
      onSelectTask,
      setActive,
      setCellError,
    ],
  );

  const cancelEdit = useCallback(() => {
    committing.current = true;
    setEditing(null);
    setCellError(null);
    focusSheet();
    committing.current = false;
  }, [focusSheet, setCellError]);

  const onEditorKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      event.stopPropagation();
      const action = editorKeyAction(event);
      if (action.kind === 'none') return;
      event.preventDefault();
      if (action.kind === 'cancel') cancelEdit();
      else void commitEdit(action.rows, action.columns);
    },
    [cancelEdit, commitEdit],
  );
  const onEditorChange = useCallback(
    (text: string) => setEditing((current) => (current ? { ...current, text, error: null } : current)),
    [],
  );
  // Leaving the editor with the mouse commits, as in a spreadsheet; an invalid entry stays open.
  const onEditorBlur = useCallback(
    (to: Element | null) => {
      // Focus that goes nowhere (a re-render, the window losing focus) is not the user leaving
      // the cell: keep editing, and put the caret back, rather than committing half a word.
      if (to === null || to === tableRef.current) {
        // (a commit or cancel in progress moved the focus on purpose)
        if (committing.current) return;
        requestAnimationFrame(() => {
          if (committing.current) return;
          const input = tableRef.current?.querySelector('input');
          if (input && document.activeElement !== input) input.focus({ preventScroll: true });
        });
        return;
      }
      if (editing && !editing.error && !committing.current) void commitEdit(0, 0, false);
    },
    [editing, commitEdit, tableRef],
  );

  /**
   * A key that reached the sheet while its editor was open but not focused (a focus move racing a
   * fast typist, or a refused commit by click): a character joins the editor's text, Enter, Tab and
   * Escape act as in the editor, and the editor gets the keyboard back.
   */
  const onStrayKey = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const typed = sheetKeyAction(event);
      const action = editorKeyAction(event);
      if (typed.kind !== 'type' && action.kind === 'none') return;
      event.preventDefault();
      if (typed.kind === 'type') {
        setEditing((current) => (current ? { ...current, text: current.text + typed.text } : current));
        tableRef.current?.querySelector('input')?.focus({ preventScroll: true });
      } else if (action.kind === 'cancel') cancelEdit();
      else if (action.kind === 'commit') void commitEdit(action.rows, action.columns);
    },
    [tableRef, cancelEdit, commitEdit],
  );

  return {
    editing,
    startEditing,
    commitEdit,
    cancelEdit,
    onStrayKey,
    onEditorKeyDown,
    onEditorChange,
    onEditorBlur,
  };
}
