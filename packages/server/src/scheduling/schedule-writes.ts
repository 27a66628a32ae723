import type { ScheduledTask } from '@tandem/engine';
import { formatDateTime } from '@tandem/engine';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.types';
import type { OutlineEntry } from '../tasks/task-outline';
import type { TaskRow } from '../tasks/tasks.repository';

/** What the rescheduler stores of one task's computed schedule (`ProjectScheduler.store` copies each field by name). */
export interface StoredSchedule {
  readonly id: string;
  readonly start: string;
  readonly finish: string;
  /** Working minutes: the entered duration of a leaf, the computed span of a summary. */
  readonly duration: number;
  readonly critical: number;
  /** Working minutes. */
  readonly total_slack: number;
  readonly free_slack: number;
  readonly late_start: string;
  readonly late_finish: string;
}

/** Distinct dates remembered across reschedules; the map starts over past this many. */
const REMEMBERED_DATES = 100_000;
const rememberedTexts = new Map<number, string>();

/**
 * Floating minutes to ISO text, remembering each value (for the whole process, up to
 * REMEMBERED_DATES of them): plans share few distinct dates, and formatting goes through a Date
 * object per call.
 */
function formatRemembered(minutes: number): string {
  let text = rememberedTexts.get(minutes);
  if (text === undefined) {
    text = formatDateTime(minutes);
    if (rememberedTexts.size >= REMEMBERED_DATES) rememberedTexts.clear();
    rememberedTexts.set(minutes, text);
  }
  return text;
}

/** The schedule to store for a task, or null when the stored row already holds it. */
export function scheduleChange(
  entry: OutlineEntry<TaskRow>,
  scheduled: ScheduledTask,
): StoredSchedule | null {
  const { task, summary } = entry;
  const next: StoredSchedule = {
    id: task.id,
    start: formatRemembered(scheduled.start),
    finish: formatRemembered(scheduled.finish),
    // a summary's duration is its span, computed; a leaf keeps the duration the user entered
    duration: summary ? scheduled.duration : task.duration,
    critical: scheduled.critical ? 1 : 0,
    total_slack: Math.round(scheduled.totalSlack),
    free_slack: Math.round(scheduled.freeSlack),
    late_start: formatRemembered(scheduled.lateStart),
    late_finish: formatRemembered(scheduled.lateFinish),
  };
  const same =
    next.start === task.start &&
    next.finish === task.finish &&
    next.duration === task.duration &&
    next.critical === task.critical &&
    next.total_slack === task.total_slack &&
    next.free_slack === task.free_slack &&
    next.late_start === task.late_start &&
    next.late_finish === task.late_finish;
  return same ? null : next;
}

/** A schedule to store, and the index in the outline of the task it belongs to. */
export interface IndexedSchedule extends StoredSchedule {
  readonly index: number;
}

/**
 * The schedules to store for the tasks of `outline` whose rows do not hold what `scheduled` (the
 * engine's tasks, in outline order) computed; only the tasks at `candidates` are compared when
 * given.
 */
export function scheduleChanges(
  outline: readonly OutlineEntry<TaskRow>[],
  scheduled: readonly ScheduledTask[],
  candidates?: readonly number[],
): IndexedSchedule[] {
  const changes: IndexedSchedule[] = [];
  const compare = (index: number) => {
    const change = scheduleChange(outline[index], scheduled[index]);
    if (change) changes.push({ ...change, index });
  };
  if (candidates) for (const index of candidates) compare(index);
  else for (let index = 0; index < scheduled.length; index++) compare(index);
  return changes;
}

/** Replaces the entries of `outline` that `changes` name by ones whose rows hold the change. */
export function applyScheduleChanges(
  outline: OutlineEntry<TaskRow>[],
  changes: readonly IndexedSchedule[],
): void {
  for (const change of changes) {
    const entry = outline[change.index];
    // one spread and assignments: V8 clones a single spread source fast, merges slowly
    const task = { ...entry.task };
    task.start = change.start;
    task.finish = change.finish;
    task.duration = change.duration;
    task.critical = change.critical;
    task.total_slack = change.total_slack;
    task.free_slack = change.free_slack;
    task.late_start = change.late_start;
    task.late_finish = change.late_finish;
    outline[change.index] = { ...entry, task };
  }
}

/**
 * Indexes of the tasks whose computed schedule differs between two results of the same plan (same
 * task order): the only rows a reschedule may have to write, found without formatting any date.
 */
export function movedTaskIndexes(
  before: readonly ScheduledTask[],
  after: readonly ScheduledTask[],
): number[] {
  if (before.length !== after.length) return after.map((_, index) => index);
  const moved: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    // an incremental result shares the objects of the tasks it did not rebuild
    if (a === b) continue;
    if (
      a.id !== b.id ||
      a.start !== b.start ||
      a.finish !== b.finish ||
      a.duration !== b.duration ||
      a.critical !== b.critical ||
      a.totalSlack !== b.totalSlack ||
      a.freeSlack !== b.freeSlack ||
      a.lateStart !== b.lateStart ||
      a.lateFinish !== b.lateFinish
    ) {
      moved.push(i);
    }
  }
  return moved;
}

/** Rows per statement: 9 parameters each stays far below SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

/** Statement sizes: a batch is padded up to one of these, so that few distinct texts exist. */
const SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256, CHUNK];

/** The UPDATE's text for `rows` rows (then the workspace id), per dialect, compiled once. */
const updateTexts = new WeakMap<object, Map<number, string>>();

function updateText(db: Kysely<Database>, rows: number): string {
  const adapter = db.getExecutor().adapter;
  let texts = updateTexts.get(adapter);
  if (!texts) {
    texts = new Map();
    updateTexts.set(adapter, texts);
  }
  let text = texts.get(rows);
  if (text === undefined) {
    const row = sql`(${null}, ${null}, ${null}, cast(${null} as integer), cast(${null} as integer), cast(${null} as integer), cast(${null} as integer), ${null}, ${null})`;
    const values = sql.join(Array.from({ length: rows }, () => row));
    text =
      sql`with v (id, start, finish, duration, critical, total_slack, free_slack, late_start, late_finish) as (values ${values})
      update tasks set start = v.start, finish = v.finish, duration = v.duration, critical = v.critical,
        total_slack = v.total_slack, free_slack = v.free_slack, late_start = v.late_start, late_finish = v.late_finish
      from v where tasks.workspace_id = ${null} and tasks.id = v.id`.compile(db).sql;
    texts.set(rows, text);
  }
  return text;
}

/**
 * Writes computed schedules without touching versions, one UPDATE … FROM (VALUES …) per 500 tasks
 * (both SQLite ≥ 3.33 and PostgreSQL run it), instead of one UPDATE per task. The statement's
 * text is compiled once per size (batches are padded with rows of a null id, which match no
 * task): building a query of 9 parameters per row cost more than running it, and a few texts
 * keep SQLite's prepared statements reused.
 */
export async function writeSchedules(
  db: Kysely<Database>,
  workspaceId: string,
  rows: readonly StoredSchedule[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const batch = Math.min(CHUNK, rows.length - i);
    const size = SIZES.find((s) => s >= batch) ?? CHUNK;
    const parameters: unknown[] = [];
    for (let k = i; k < i + batch; k++) {
      const r = rows[k];
      parameters.push(
        r.id,
        r.start,
        r.finish,
        r.duration,
        r.critical,
        r.total_slack,
        r.free_slack,
        r.late_start,
        r.late_finish,
      );
    }
    for (let k = batch; k < size; k++) parameters.push(null, null, null, null, null, null, null, null, null);
    parameters.push(workspaceId);
    await db.executeQuery(CompiledQuery.raw(updateText(db, size), parameters));
  }
}
