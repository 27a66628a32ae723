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
      tally = {
        weight: task.duration,
        done: (task.duration * task.percent_complete) / 100,
        leaves: 1,
        percentSum: task.percent_complete,
      };
    }
    if (task.parent_id === null) continue;
    const parent = tallies.get(task.parent_id);
    if (parent) {
      parent.weight += tally.weight;
      parent.done += tally.done;
      parent.leaves += tally.leaves;
      parent.percentSum += tally.percentSum;
    } else {
      tallies.set(task.parent_id, { ...tally });
    }
  }
  return result;
}

/**
 * The rolled-up percent complete of the summary at `index` of `outline` (undefined for a leaf),
 * from its own subtree only: work in proportion to the subtree, not to the plan. The subtree
 * follows its summary in outline order, down to the next task at its level or above.
 *
 * The same sums as `rollUpProgress` over that subtree, added in the same order (so the same
 * floating-point result), without its maps and copies: every read of a summary (a listing's page,
 * a single task, a write's answer) rolls its subtree up. Walking backwards, the tally of the
 * children of the summary about to be reached at level L is pending at L + 1.
 */
export function rolledUpAt(outline: readonly OutlineEntry<TaskRow>[], index: number): number | undefined {
  const entry = outline[index];
  if (!entry.summary) return undefined;
  let end = index + 1;
  while (end < outline.length && outline[end].level > entry.level) end++;
  const pending: (Tally | undefined)[] = [];
  for (let i = end - 1; i >= index; i -= 1) {
    const { task, summary, level } = outline[i];
    let tally: Tally;
    if (summary) {
      tally = pending[level + 1] ?? { weight: 0, done: 0, leaves: 0, percentSum: 0 };
      pending[level + 1] = undefined;
      if (i === index) return percentOf(tally);
    } else {
      tally = {
        weight: task.duration,
        done: (task.duration * task.percent_complete) / 100,
        leaves: 1,
        percentSum: task.percent_complete,
      };
    }
    const parent = pending[level];
    if (parent) {
      parent.weight += tally.weight;
      parent.done += tally.done;
      parent.leaves += tally.leaves;
      parent.percentSum += tally.percentSum;
    } else {
      pending[level] = { ...tally };
    }
  }
  return undefined;
}
