import type { OutlineEntry } from './task-outline';
import type { TaskRow } from './tasks.repository';

interface Tally {
  /** Sum of leaf durations, minutes. */
  weight: number;
  /** Sum of leaf durations × their fraction complete, minutes. */
  done: number;
  leaves: number;
  percentSum: number;
}

function leafTally(task: TaskRow): Tally {
  return {
    weight: task.duration,
    done: (task.duration * task.percent_complete) / 100,
    leaves: 1,
    percentSum: task.percent_complete,
  };
}

/** Adds a child's tally to its parent's (in the order children are met: the sums depend on it). */
function addTally(parent: Tally, child: Tally): void {
  parent.weight += child.weight;
  parent.done += child.done;
  parent.leaves += child.leaves;
  parent.percentSum += child.percentSum;
}

/** A summary's percent complete from its leaves' tally, to one decimal. */
function percentOf(tally: Tally): number {
  const percent =
    tally.weight > 0
      ? (100 * tally.done) / tally.weight
      : tally.leaves > 0
        ? tally.percentSum / tally.leaves
        : 0;
  return Math.round(percent * 10) / 10;
}

/**
 * Summary % complete as Microsoft Project computes it: the share of the leaf tasks' duration that
 * is done (a plain average when every leaf has zero duration, e.g. only milestones). Returns the
 * percentage (0–100, one decimal) of every summary task; leaves keep their own.
 */
export function rollUpProgress(outline: readonly OutlineEntry<TaskRow>[]): Map<string, number> {
  const tallies = new Map<string, Tally>();
  const result = new Map<string, number>();
  // outline order puts children after their parent: walking backwards tallies children first
  for (let i = outline.length - 1; i >= 0; i -= 1) {
    const { task, summary } = outline[i];
    let tally: Tally;
    if (summary) {
      tally = tallies.get(task.id) ?? { weight: 0, done: 0, leaves: 0, percentSum: 0 };
      result.set(task.id, percentOf(tally));
    } else {
      tally = leafTally(task);
    }
    if (task.parent_id === null) continue;
    const parent = tallies.get(task.parent_id);
    if (parent) addTally(parent, tally);
    else tallies.set(task.parent_id, { ...tally });
  }
  return result;
}

/**
 * The rolled-up percent complete of the summary at `index` of `outline` (undefined for a leaf),
 * from its own subtree only: work in proportion to the subtree, not to the plan.
 */
export function rolledUpAt(outline: readonly OutlineEntry<TaskRow>[], index: number): number | undefined {
  return outline[index].summary ? rolledUpRange(outline, index, index + 1)[0] : undefined;
}

/**
 * The rolled-up percent complete of every summary at indexes `start` to `end` (exclusive) of
 * `outline`, undefined for leaves: one backward pass over the range and the rest of the subtrees
 * that start in it (a subtree follows its summary in outline order, down to the next task at its
 * level or above), whatever their nesting. Every read of a summary (a listing's page, a single
 * task, a write's answer) rolls its subtree up.
 *
 * The same sums as `rollUpProgress`, added in the same order (so the same floating-point result),
 * without its maps and copies. Walking backwards, the tally of the children of the summary about
 * to be reached at level L is pending at L + 1: entries after that summary's subtree at level
 * L + 1 belong to a later summary at level L, which took them when it was passed.
 */
export function rolledUpRange(
  outline: readonly OutlineEntry<TaskRow>[],
  start: number,
  end: number,
): (number | undefined)[] {
  const values: (number | undefined)[] = new Array(end - start).fill(undefined);
  let shallowest = Number.POSITIVE_INFINITY;
  for (let i = start; i < end; i++)
    if (outline[i].summary) shallowest = Math.min(shallowest, outline[i].level);
  if (shallowest === Number.POSITIVE_INFINITY) return values;
  let last = end;
  while (last < outline.length && outline[last].level > shallowest) last++;
  const pending: (Tally | undefined)[] = [];
  for (let i = last - 1; i >= start; i -= 1) {
    const { task, summary, level } = outline[i];
    let tally: Tally;
    if (summary) {
      tally = pending[level + 1] ?? { weight: 0, done: 0, leaves: 0, percentSum: 0 };
      pending[level + 1] = undefined;
      if (i < end) values[i - start] = percentOf(tally);
    } else {
      tally = leafTally(task);
    }
    const parent = pending[level];
    if (parent) addTally(parent, tally);
    else pending[level] = { ...tally };
  }
  return values;
}
