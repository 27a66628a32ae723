/** The board's columns: a task's status follows from its percent complete (the API has no status field). */
export type BoardStatus = 'not-started' | 'in-progress' | 'complete';

export interface BoardColumnDefinition {
  readonly status: BoardStatus;
  readonly title: string;
}

export const BOARD_COLUMNS: readonly BoardColumnDefinition[] = [
  { status: 'not-started', title: 'Not started' },
  { status: 'in-progress', title: 'In progress' },
  { status: 'complete', title: 'Complete' },
];

/** 0 % is not started, 100 % complete, anything between in progress. */
export function statusOf(percentComplete: number): BoardStatus {
  if (percentComplete <= 0) return 'not-started';
  if (percentComplete >= 100) return 'complete';
  return 'in-progress';
}

/**
 * The percent complete a task gets when dropped on `status`: 0 or 100 at the ends; into "in
 * progress" it keeps a progress already between, else 50 %. Null when the task already has that
 * status (nothing to write).
 */
export function percentForStatus(status: BoardStatus, current: number): number | null {
  if (statusOf(current) === status) return null;
  if (status === 'not-started') return 0;
  if (status === 'complete') return 100;
  return 50;
}

/** The fields the board groups by. */
export interface BoardTask {
  readonly id: string;
  readonly summary: boolean;
  readonly percentComplete: number;
}

/**
 * The leaf tasks of each column, in outline order (a summary's progress is rolled up from its
 * subtasks, so summaries are not cards).
 */
export function groupByStatus<T extends BoardTask>(tasks: readonly T[]): Readonly<Record<BoardStatus, T[]>> {
  const groups: Record<BoardStatus, T[]> = { 'not-started': [], 'in-progress': [], complete: [] };
  for (const task of tasks) if (!task.summary) groups[statusOf(task.percentComplete)].push(task);
  return groups;
}
