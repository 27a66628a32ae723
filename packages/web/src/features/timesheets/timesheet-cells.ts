import type { TimesheetEntry, TimesheetStatus } from '@tandem/api';

/** One row of the week grid: a resource's time on a task. */
export interface TimesheetRow {
  readonly taskId: string;
  readonly resourceId: string;
}

export function cellKey(taskId: string, resourceId: string, date: string): string {
  return `${taskId}|${resourceId}|${date}`;
}

/**
 * The grid's rows: every assignment of the project (task × resource) and any pair that has time
 * in the week without being assigned, ordered by the task's place in the outline, then by resource.
 */
export function timesheetRows(
  assignments: readonly TimesheetRow[],
  entries: readonly TimesheetEntry[],
  taskOrder: ReadonlyMap<string, number>,
  resourceName: ReadonlyMap<string, string>,
): TimesheetRow[] {
  const seen = new Map<string, TimesheetRow>();
  for (const { taskId, resourceId } of [...assignments, ...entries]) {
    const key = `${taskId}|${resourceId}`;
    if (!seen.has(key) && taskOrder.has(taskId)) seen.set(key, { taskId, resourceId });
  }
  return [...seen.values()].sort(
    (a, b) =>
      (taskOrder.get(a.taskId) ?? 0) - (taskOrder.get(b.taskId) ?? 0) ||
      (resourceName.get(a.resourceId) ?? '').localeCompare(resourceName.get(b.resourceId) ?? ''),
  );
}

/** The entries of each cell, by `cellKey`. */
export function entriesByCell(entries: readonly TimesheetEntry[]): Map<string, TimesheetEntry[]> {
  const map = new Map<string, TimesheetEntry[]>();
  for (const entry of entries) {
    const key = cellKey(entry.taskId, entry.resourceId, entry.date);
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }
  return map;
}

const EDITABLE: readonly TimesheetStatus[] = ['draft', 'rejected'];

/** A cell as shown: its minutes, the status it reads as, and whether it can still be typed in. */
export interface CellView {
  readonly minutes: number;
  readonly status: TimesheetStatus | null;
  readonly locked: boolean;
}

// A cell with entries in several states reads as the least advanced one still open to change.
const STATUS_RANK: Record<TimesheetStatus, number> = { rejected: 0, draft: 1, submitted: 2, approved: 3 };

export function cellView(entries: readonly TimesheetEntry[] | undefined): CellView {
  if (!entries || entries.length === 0) return { minutes: 0, status: null, locked: false };
  const minutes = entries.reduce((sum, e) => sum + e.minutes, 0);
  const status = entries.reduce<TimesheetStatus>(
    (worst, e) => (STATUS_RANK[e.status] < STATUS_RANK[worst] ? e.status : worst),
    entries[0].status,
  );
  return { minutes, status, locked: entries.every((e) => !EDITABLE.includes(e.status)) };
}

/** The write that makes a cell show `minutes`: only draft or rejected time is changed. */
export type CellWrite =
  | { readonly kind: 'none' }
  | { readonly kind: 'locked' }
  | { readonly kind: 'create'; readonly minutes: number }
  | { readonly kind: 'update'; readonly entry: TimesheetEntry; readonly minutes: number }
  | { readonly kind: 'delete'; readonly entry: TimesheetEntry };

export function cellWrite(entries: readonly TimesheetEntry[] | undefined, minutes: number): CellWrite {
  const list = entries ?? [];
  const frozen = list.filter((e) => !EDITABLE.includes(e.status)).reduce((sum, e) => sum + e.minutes, 0);
  const editable = list.find((e) => EDITABLE.includes(e.status));
  if (!editable) {
    if (list.length > 0) return minutes === frozen ? { kind: 'none' } : { kind: 'locked' };
    return minutes === 0 ? { kind: 'none' } : { kind: 'create', minutes };
  }
  const others = list.filter((e) => e !== editable).reduce((sum, e) => sum + e.minutes, 0);
  const wanted = minutes - others;
  if (wanted < 0) return { kind: 'locked' };
  if (wanted === editable.minutes && editable.status === 'draft') return { kind: 'none' };
  return wanted === 0
    ? { kind: 'delete', entry: editable }
    : { kind: 'update', entry: editable, minutes: wanted };
}

/** The week's entries a person can submit: draft or rejected time with hours in it. */
export function submittable(entries: readonly TimesheetEntry[]): TimesheetEntry[] {
  return entries.filter((e) => EDITABLE.includes(e.status) && e.minutes > 0);
}
