// The timesheet week grid's pure logic: the days of a week, hours typed as text, and where the
// keyboard moves the active cell. The grid component only renders this state.

/** Adds `days` to a `YYYY-MM-DD` date (UTC, so no time zone can shift it). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Monday on or before a `YYYY-MM-DD` date. */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * Reads hours as a person types them: "8", "7.5", "7,5", "7:30", "7h30", "45m"; empty = none.
 * Returns whole minutes (0–1440) or an error sentence.
 */
export function parseHours(text: string): { minutes: number } | { error: string } {
  const value = text.trim().toLowerCase();
  if (value === '') return { minutes: 0 };
  let minutes: number | null = null;
  const clock = /^(\d{1,2})(?::|h)(\d{1,2})?$/.exec(value);
  const onlyMinutes = /^(\d{1,4})m$/.exec(value);
  const decimal = /^(\d{1,2}(?:[.,]\d+)?)h?$/.exec(value);
  if (clock) {
    const mins = Number(clock[2] ?? '0');
    if (mins >= 60) return { error: `"${text}": minutes must be under 60` };
    minutes = Number(clock[1]) * 60 + mins;
  } else if (onlyMinutes) {
    minutes = Number(onlyMinutes[1]);
  } else if (decimal) {
    minutes = Math.round(Number(decimal[1].replace(',', '.')) * 60);
  }
  if (minutes === null) return { error: `"${text}" is not a number of hours (try 7.5 or 7:30)` };
  if (minutes > 1440) return { error: `"${text}" is more than the 24 hours of a day` };
  return { minutes };
}

/** Minutes as hours for a cell: "8", "7.5", "7:20"; empty for none. */
export function formatHours(minutes: number): string {
  if (minutes === 0) return '';
  if (minutes % 6 === 0) return String(minutes / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The active cell of the grid and whether it is being edited (with the text typed so far). */
export interface GridState {
  readonly row: number;
  readonly col: number;
  readonly editing: boolean;
  readonly draft: string;
}

export const INITIAL_GRID: GridState = { row: 0, col: 0, editing: false, draft: '' };

/** What a key press does: the next state, and a commit of the cell it leaves when it was edited. */
export interface GridKeyResult {
  readonly state: GridState;
  readonly commit: { readonly row: number; readonly col: number; readonly text: string } | null;
  /** True when the grid used the key (the browser's default must not also happen). */
  readonly handled: boolean;
}

export interface GridKey {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

function moved(row: number, col: number, rows: number, cols: number): GridState {
  return { row: clamp(row, rows - 1), col: clamp(col, cols - 1), editing: false, draft: '' };
}

/**
 * The grid's keyboard, spreadsheet style. Browsing: arrows move; Tab/Shift+Tab move right/left,
 * wrapping rows (leaving the grid at its ends); Enter/Shift+Enter move down/up; Home/End go to the
 * row's ends; typing a digit starts editing with it; F2 edits the cell's `current` text;
 * Delete/Backspace clear the cell. Editing: Enter, Tab and Up/Down commit and move; Escape cancels;
 * other keys type into the cell. `locked` cells (submitted or approved time) never edit.
 */
export function gridKeyDown(
  state: GridState,
  event: GridKey,
  size: { readonly rows: number; readonly cols: number },
  cell: { readonly current: string; readonly locked: boolean },
): GridKeyResult {
  const { rows, cols } = size;
  const none: GridKeyResult = { state, commit: null, handled: false };
  if (rows === 0 || cols === 0 || event.ctrlKey || event.metaKey || event.altKey) return none;
  const commit = state.editing ? { row: state.row, col: state.col, text: state.draft } : null;
  const go = (row: number, col: number): GridKeyResult => ({
    state: moved(row, col, rows, cols),
    commit,
    handled: true,
  });
  const tab = (step: 1 | -1): GridKeyResult => {
    const index = state.row * cols + state.col + step;
    if (index < 0 || index >= rows * cols) {
      return { state: { ...state, editing: false, draft: '' }, commit, handled: false };
    }
    return go(Math.floor(index / cols), index % cols);
  };

  if (state.editing) {
    switch (event.key) {
      case 'Enter':
        return go(state.row + (event.shiftKey ? -1 : 1), state.col);
      case 'Tab':
        return tab(event.shiftKey ? -1 : 1);
      case 'ArrowUp':
        return go(state.row - 1, state.col);
      case 'ArrowDown':
        return go(state.row + 1, state.col);
      case 'Escape':
        return { state: { ...state, editing: false, draft: '' }, commit: null, handled: true };
      default:
        return none;
    }
  }

  switch (event.key) {
    case 'ArrowUp':
      return go(state.row - 1, state.col);
    case 'ArrowDown':
      return go(state.row + 1, state.col);
    case 'ArrowLeft':
      return go(state.row, state.col - 1);
    case 'ArrowRight':
      return go(state.row, state.col + 1);
    case 'Home':
      return go(state.row, 0);
    case 'End':
      return go(state.row, cols - 1);
    case 'Tab':
      return tab(event.shiftKey ? -1 : 1);
    case 'Enter':
      return go(state.row + (event.shiftKey ? -1 : 1), state.col);
    case 'F2':
      if (cell.locked) return { state, commit: null, handled: true };
      return { state: { ...state, editing: true, draft: cell.current }, commit: null, handled: true };
    case 'Delete':
    case 'Backspace':
      if (cell.locked) return { state, commit: null, handled: true };
      return { state, commit: { row: state.row, col: state.col, text: '' }, handled: true };
    default:
      if (event.key.length === 1 && /[0-9.,:]/.test(event.key) && !cell.locked) {
        return { state: { ...state, editing: true, draft: event.key }, commit: null, handled: true };
      }
      return none;
  }
}
