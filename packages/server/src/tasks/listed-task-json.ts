import type { Task } from '@tandem/api';
import { presentTask } from './task.presenter';
import { attachJson } from './task-json';
import type { OutlineEntry } from './task-outline';
import type { TaskRow } from './tasks.repository';

/**
 * The JSON text of a presented task up to its analysis (everything before `,"critical":`), kept
 * on the task row it was presented from, with the outline values it was presented with.
 */
interface JsonHead {
  readonly level: number;
  readonly wbs: string;
  readonly summary: boolean;
  readonly rolledUpPercent: number | undefined;
  readonly text: string;
}

const JSON_HEAD = Symbol('json head');

type WithHead = { [JSON_HEAD]?: JsonHead };

/** Where a task's JSON text leaves its row's values for the analysis (presentTask's field order). */
const ANALYSIS_KEY = ',"critical":';

/**
 * `presentTask(entry, rolledUpPercent)` for one item of a page of a listing, with its JSON text
 * attached (taskJson answers it). The task object is not kept; the JSON of everything but the analysis
 * and the bookkeeping after it is, on the task row. An edit that moves the project finish changes
 * the analysis of every task but the rows of only those whose dates moved (whose kept text it
 * drops, forgetListedJson): a listing after it formats the analysis only, and keeps nothing new
 * (a presentation kept per entry was most of what listings left for the old generation under
 * `tandem bench api`).
 */
export function presentListed(entry: OutlineEntry<TaskRow>, rolledUpPercent?: number): Task {
  const task = presentTask(entry, rolledUpPercent);
  const row = entry.task as TaskRow & WithHead;
  let head = row[JSON_HEAD];
  if (
    head?.level !== entry.level ||
    head.wbs !== entry.wbs ||
    head.summary !== entry.summary ||
    head.rolledUpPercent !== rolledUpPercent
  ) {
    const whole = JSON.stringify(task);
    // string values are escaped: the first unescaped `,"critical":` is the key
    head = {
      level: entry.level,
      wbs: entry.wbs,
      summary: entry.summary,
      rolledUpPercent,
      text: whole.slice(0, whole.indexOf(ANALYSIS_KEY)),
    };
    // not enumerable: a spread copy of the row (another row) starts without it
    Object.defineProperty(row, JSON_HEAD, { value: head, writable: true, configurable: true });
  }
  const tail = JSON.stringify({
    critical: task.critical,
    totalSlack: task.totalSlack,
    freeSlack: task.freeSlack,
    lateStart: task.lateStart,
    lateFinish: task.lateFinish,
    version: task.version,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
  });
  attachJson(task, `${head.text},${tail.slice(1)}`);
  return task;
}

/** Drops the JSON text kept on `row`: for a row whose dates were updated in place. */
export function forgetListedJson(row: TaskRow): void {
  if ((row as WithHead)[JSON_HEAD]) (row as WithHead)[JSON_HEAD] = undefined;
}
