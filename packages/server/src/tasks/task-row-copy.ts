import type { TaskRow } from './tasks.repository';

const same = <T>(value: T): T => value;

/**
 * A copy of `row` built as one object literal, every column in a fixed order, each string passed
 * through `one` (PlanStrings.one, to share repeated values). Cached plans hold their rows for as
 * long as the plan is cached, and V8's full collections visit all of them, so their layout counts:
 * a driver row keeps most of its 24 fields in a separate property array, and a `{ ...row }` copy
 * made once V8's clone cache has seen several row shapes is a hash table (dictionary mode, ~1.6 KB
 * a row; a third of a loaded server's rows were). A literal keeps every field inside the object.
 */
export function taskRowCopy(row: TaskRow, one: <T extends string | null>(text: T) => T = same): TaskRow {
  return {
    workspace_id: one(row.workspace_id),
    id: one(row.id),
    project_id: one(row.project_id),
    parent_id: one(row.parent_id),
    position: row.position,
    name: one(row.name),
    duration: row.duration,
    duration_unit: one(row.duration_unit),
    start: one(row.start),
    finish: one(row.finish),
    milestone: row.milestone,
    percent_complete: row.percent_complete,
    constraint_type: one(row.constraint_type),
    constraint_date: one(row.constraint_date),
    deadline: one(row.deadline),
    notes: one(row.notes),
    version: row.version,
    created_at: one(row.created_at),
    updated_at: one(row.updated_at),
    priority: row.priority,
    actual_start: one(row.actual_start),
    actual_finish: one(row.actual_finish),
    actual_duration: row.actual_duration,
    remaining_duration: row.remaining_duration,
  };
}

/**
 * A `one` for taskRowCopy that gives back `held`'s own string wherever the value is the same: an
 * edited row, read back from the database, comes with new copies of every string, most of them
 * unchanged (ids, dates, units).
 */
export function stringsOf(held: TaskRow): <T extends string | null>(text: T) => T {
  const strings: string[] = [];
  for (const value of Object.values(held)) if (typeof value === 'string') strings.push(value);
  return <T extends string | null>(text: T): T => {
    if (text === null) return text;
    for (const string of strings) if (string === text) return string as T;
    return text;
  };
}
