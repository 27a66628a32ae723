import type { Task } from '@tandem/api';
import { presentListed } from './listed-task-json';
import { rolledUpAt, rolledUpRange, rollUpProgress } from './summary-progress';
import { presentTask } from './task.presenter';
import type { OutlineEntry } from './task-outline';
import type { TaskRow } from './tasks.repository';

/** A presented task, kept on the outline entry it was presented from. */
interface Presented {
  readonly rolledUpPercent: number | undefined;
  readonly task: Task;
}

/**
 * Presented tasks, kept on the outline entries themselves (their JSON text on the task objects,
 * see taskJson; non-enumerable symbol keys: spreads, JSON.stringify and equality checks skip them,
 * so a copy of an entry with another row, analysis or place starts without one). The scheduler
 * cache keeps a project's outline entries between writes and replaces or updates in place only
 * those a write changed (an update in place drops what the entry kept, forgetPresentedTask), so
 * listing a whole 1,000-task project again presents and stringifies only the tasks that changed
 * since the last listing
 * (pages keep less: presentListed). Weak maps did the same, but with one entry per task of every
 * cached plan they lengthened V8's full garbage collections.
 */
const PRESENTED = Symbol('presented');

type WithPresented = { [PRESENTED]?: Presented };

/** `presentTask(entry, rolledUpPercent)`, the same object as last time for the same entry and percent. */
export function presentTaskOnce(entry: OutlineEntry<TaskRow>, rolledUpPercent?: number): Task {
  const held = (entry as WithPresented)[PRESENTED];
  // entries are never mutated (an edit makes a new one, or updates the analysis and drops this
  // with forgetPresentedTask), so what it holds is still what it shows
  if (held && held.rolledUpPercent === rolledUpPercent) return held.task;
  // a copy, made here: V8 decides per allocation site whether objects start in the old
  // generation, and presentTask's objects mostly die young (answers to writes and single reads);
  // kept ones made there too had it place all of them in the old generation (the full collections
  // then came twice as often under `tandem bench api`)
  const task = { ...presentTask(entry, rolledUpPercent) };
  const presented: Presented = { rolledUpPercent, task };
  Object.defineProperty(entry, PRESENTED, { value: presented, writable: true, configurable: true });
  return task;
}

const presentedByOutline = new WeakMap<readonly OutlineEntry<TaskRow>[], readonly Task[]>();

/**
 * Every task of `outline` presented (summaries with their rolled-up progress), in outline order:
 * computed once per outline array, so repeated reads of an unchanged plan cost a lookup. An array
 * changed in place must be forgotten first (forgetPresentedOutline).
 */
export function presentOutline(outline: readonly OutlineEntry<TaskRow>[]): readonly Task[] {
  let tasks = presentedByOutline.get(outline);
  if (tasks === undefined) {
    const progress = rollUpProgress(outline);
    tasks = outline.map((entry) => presentTaskOnce(entry, progress.get(entry.task.id)));
    presentedByOutline.set(outline, tasks);
  }
  return tasks;
}

/**
 * The task at `index` of `outline` presented, for a single read: the presentation its entry keeps
 * when a listing made one, else one made now and not kept. Single reads land on tasks at random,
 * which edits mostly replace before the next read of them, so keeping what they present mostly
 * grew the old generation the full collections mark.
 */
export function presentAt(outline: readonly OutlineEntry<TaskRow>[], index: number): Task {
  const entry = outline[index];
  const rolledUpPercent = rolledUpAt(outline, index);
  const held = (entry as WithPresented)[PRESENTED];
  return held && held.rolledUpPercent === rolledUpPercent ? held.task : presentTask(entry, rolledUpPercent);
}

/** Drops the presentation `entry` keeps: for an entry whose analysis was updated in place. */
export function forgetPresentedTask(entry: OutlineEntry<TaskRow>): void {
  if ((entry as WithPresented)[PRESENTED]) (entry as WithPresented)[PRESENTED] = undefined;
}

/** Drops what presentOutline keeps for `outline`: for an outline about to be changed in place. */
export function forgetPresentedOutline(outline: readonly OutlineEntry<TaskRow>[]): void {
  presentedByOutline.delete(outline);
}

/**
 * The tasks at indexes `start` to `end` (exclusive) of `outline` presented, summaries with the
 * progress of their own subtree: a page or one task costs in proportion to what it shows, however
 * often the plan changed since (a whole-outline presentation is dropped by every edit). A page's
 * tasks are not kept, only most of their JSON (presentListed).
 */
export function presentRange(outline: readonly OutlineEntry<TaskRow>[], start: number, end: number): Task[] {
  const held = presentedByOutline.get(outline);
  if (held) return held.slice(start, end);
  if (start === 0 && end === outline.length) return presentOutline(outline).slice();
  const rolledUp = rolledUpRange(outline, start, end);
  const tasks: Task[] = [];
  for (let index = start; index < end; index++) {
    tasks.push(presentListed(outline[index], rolledUp[index - start]));
  }
  return tasks;
}
