import type { ScheduledTask, ScheduleResult } from '@tandem/engine';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.types';
import { forgetListedJson } from '../tasks/listed-task-json';
import { forgetPresentedOutline, forgetPresentedTask } from '../tasks/presented-task-cache';
import type { OutlineEntry } from '../tasks/task-outline';
import { taskRowCopy } from '../tasks/task-row-copy';
import type { TaskRow } from '../tasks/tasks.repository';
import { analysisOf, formatRemembered, refreshAnalysis, type TaskAnalysis } from './task-analysis';

/** What the rescheduler stores of one task's computed schedule: its dates. */
export interface StoredSchedule {
  readonly id: string;
  readonly start: string;
  readonly finish: string;
  /** Working minutes: the entered duration of a leaf, the computed span of a summary. */
  readonly duration: number;
}

/** How one task's computed schedule differs from what its outline entry holds. */
export interface ScheduleChange {
  /** The dates to store, or null when the row holds them already (only the analysis moved). */
  readonly stored: StoredSchedule | null;
  /** The task's analysis now (the entry's own object when only the dates moved). */
  readonly analysis: TaskAnalysis;
}

/**
 * How the schedule the engine computed for a task differs from its entry (the row's stored dates
 * and the analysis held with it), or null when it does not. An entry without analysis (read from
 * the database, never scheduled in this process) always differs. With `inPlace` (a cached plan's
 * outline no reader holds), a changed analysis is written into the object the entry holds, which
 * the change then names; else it is a new object.
 */
export function scheduleChange(
  entry: OutlineEntry<TaskRow>,
  scheduled: ScheduledTask,
  inPlace = false,
): ScheduleChange | null {
  const { task, summary } = entry;
  const start = formatRemembered(scheduled.start);
  const finish = formatRemembered(scheduled.finish);
  // a summary's duration is its span, computed; a leaf keeps the duration the user entered
  const duration = summary ? scheduled.duration : task.duration;
  const moved = start !== task.start || finish !== task.finish || duration !== task.duration;
  const held = entry.analysis;
  let analysis: TaskAnalysis;
  let reanalysed: boolean;
  if (inPlace && held) {
    reanalysed = refreshAnalysis(held, scheduled);
    analysis = held;
  } else {
    analysis = analysisOf(scheduled, held);
    reanalysed = analysis !== held;
  }
  if (!moved && !reanalysed) return null;
  return { stored: moved ? { id: task.id, start, finish, duration } : null, analysis };
}

/** A schedule change, and the index in the outline of the task it belongs to. */
export interface IndexedSchedule extends ScheduleChange {
  readonly index: number;
}

/**
 * The changes of the tasks of `outline` whose entries do not hold what `scheduled` (the engine's
 * tasks, in outline order) computed; only the tasks at `candidates` are compared when given. With
 * `inPlace`, changed analyses are written into the entries' own objects (see scheduleChange).
 */
export function scheduleChanges(
  outline: readonly OutlineEntry<TaskRow>[],
  scheduled: readonly ScheduledTask[],
  candidates?: readonly number[],
  inPlace = false,
): IndexedSchedule[] {
  const changes: IndexedSchedule[] = [];
  const compare = (index: number) => {
    const change = scheduleChange(outline[index], scheduled[index], inPlace);
    if (change) changes.push({ stored: change.stored, analysis: change.analysis, index });
  };
  if (candidates) for (const index of candidates) compare(index);
  else for (let index = 0; index < scheduled.length; index++) compare(index);
  return changes;
}

/** The ids of the tasks `changes` name, and of those among them whose dates held. */
export function changedIds(
  outline: readonly OutlineEntry<TaskRow>[],
  changes: readonly IndexedSchedule[],
): { changedTaskIds: string[]; reanalysedTaskIds: Set<string> } {
  const changedTaskIds: string[] = [];
  const reanalysedTaskIds = new Set<string>();
  for (const change of changes) {
    const id = outline[change.index].task.id;
    changedTaskIds.push(id);
    if (!change.stored) reanalysedTaskIds.add(id);
  }
  return { changedTaskIds, reanalysedTaskIds };
}

/** The dates of `changes` that rows must store (the others changed only their analysis). */
export function storedSchedules(changes: readonly IndexedSchedule[]): StoredSchedule[] {
  const rows: StoredSchedule[] = [];
  for (const change of changes) if (change.stored) rows.push(change.stored);
  return rows;
}

/**
 * Puts `changes` on the entries of `outline` (and drops the whole-outline presentation kept for
 * the array, see presentOutline): entries are replaced by ones holding the change, rows whose
 * dates moved by copies holding them. With `inPlace` (a cached plan's outline no reader holds, see
 * editCachedPlan), moved dates are written into the rows themselves instead, and every entry stays
 * (its analysis object was updated in place too), dropping only what was kept of its presentation.
 * An entry whose analysis alone changed, in place, stays in either case.
 */
export function applyScheduleChanges(
  outline: OutlineEntry<TaskRow>[],
  changes: readonly IndexedSchedule[],
  inPlace = false,
): void {
  if (changes.length > 0) forgetPresentedOutline(outline);
  for (const change of changes) {
    const entry = outline[change.index];
    const { stored } = change;
    if (stored && inPlace) {
      const row = entry.task;
      row.start = stored.start;
      row.finish = stored.finish;
      row.duration = stored.duration;
      forgetListedJson(row);
    }
    if ((!stored || inPlace) && change.analysis === entry.analysis) {
      forgetPresentedTask(entry);
      continue;
    }
    let task = entry.task;
    if (stored && !inPlace) {
      task = taskRowCopy(task);
      task.start = stored.start;
      task.finish = stored.finish;
      task.duration = stored.duration;
    }
    outline[change.index] = {
      task,
      level: entry.level,
      wbs: entry.wbs,
      summary: entry.summary,
      analysis: change.analysis,
    };
  }
}

/**
 * The outline with each entry holding the analysis of its task in `scheduled` (the engine's tasks,
 * in outline order): for a plan read from the database.
 */
export function withAnalysis(
  outline: readonly OutlineEntry<TaskRow>[],
  scheduled: readonly ScheduledTask[],
): OutlineEntry<TaskRow>[] {
  return outline.map((entry, index) => ({
    ...entry,
    analysis: analysisOf(scheduled[index], entry.analysis),
  }));
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
  for (let i = 0; i < after.length; i++) if (differs(before[i], after[i])) moved.push(i);
  return moved;
}

/**
 * movedTaskIndexes for an incremental result, which says the only tasks that can differ from the
 * previous result (the engine's `rebuiltTasks`) and what each was (`replacedTasks`), or which tasks
 * changed (`changedTasks`, from a scheduler whose results are in place): work in proportion to
 * the tasks rebuilt. Sorted; null for a result that built every task anew.
 */
export function movedRebuiltTasks(
  result: Pick<ScheduleResult, 'tasks' | 'rebuiltTasks' | 'replacedTasks' | 'changedTasks'>,
): number[] | null {
  const { tasks, rebuiltTasks, replacedTasks, changedTasks } = result;
  if (changedTasks) return changedTasks.slice().sort((x, y) => x - y);
  if (!rebuiltTasks || !replacedTasks) return null;
  const moved: number[] = [];
  for (let k = 0; k < rebuiltTasks.length; k++) {
    const i = rebuiltTasks[k];
    if (differs(replacedTasks[k], tasks[i])) moved.push(i);
  }
  return moved.sort((x, y) => x - y);
}

function differs(a: ScheduledTask, b: ScheduledTask): boolean {
  // an incremental result shares the objects of the tasks it did not rebuild
  if (a === b) return false;
  return (
    a.id !== b.id ||
    a.start !== b.start ||
    a.finish !== b.finish ||
    a.duration !== b.duration ||
    a.critical !== b.critical ||
    a.totalSlack !== b.totalSlack ||
    a.freeSlack !== b.freeSlack ||
    a.lateStart !== b.lateStart ||
    a.lateFinish !== b.lateFinish
  );
}

/** Rows per statement: 4 parameters each stays far below SQLite's and PostgreSQL's limits. */
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
    const row = sql`(${null}, ${null}, ${null}, cast(${null} as integer))`;
    const values = sql.join(Array.from({ length: rows }, () => row));
    text = sql`with v (id, start, finish, duration) as (values ${values})
      update tasks set start = v.start, finish = v.finish, duration = v.duration
      from v where tasks.workspace_id = ${null} and tasks.id = v.id`.compile(db).sql;
    texts.set(rows, text);
  }
  return text;
}

/**
 * Writes computed schedules without touching versions, one UPDATE … FROM (VALUES …) per 500 tasks
 * (both SQLite ≥ 3.33 and PostgreSQL run it), instead of one UPDATE per task. The statement's
 * text is compiled once per size (batches are padded with rows of a null id, which match no
 * task): building a query of 4 parameters per row cost more than running it, and a few texts
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
      parameters.push(r.id, r.start, r.finish, r.duration);
    }
    for (let k = batch; k < size; k++) parameters.push(null, null, null, null);
    parameters.push(workspaceId);
    await db.executeQuery(CompiledQuery.raw(updateText(db, size), parameters));
  }
}
