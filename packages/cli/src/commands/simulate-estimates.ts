import type { ProjectInput, ThreePointEstimate } from '@tandem/engine';

/**
 * Names under which Microsoft Project's PERT analysis keeps three-point durations (its Duration1–3
 * fields, aliased "Optimistic/Expected/Pessimistic Duration"); a file may carry them as custom fields.
 */
const OPTIMISTIC = ['optimistic duration', 'optimistic dur', 'duration1'];
const EXPECTED = ['expected duration', 'expected dur', 'most likely duration', 'duration2'];
const PESSIMISTIC = ['pessimistic duration', 'pessimistic dur', 'duration3'];

/** Parses an MSPDI duration (`PT8H30M0S`) or a plain number of hours into minutes. */
export function parseEstimateDuration(text: string): number | null {
  const iso =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text.trim(),
    );
  if (iso && text.trim().length > 1) {
    const [, d = '0', h = '0', m = '0', s = '0'] = iso;
    return Number(d) * 1440 + Number(h) * 60 + Number(m) + Number(s) / 60;
  }
  return null;
}

function field(custom: Readonly<Record<string, string>>, names: readonly string[]): number | null {
  for (const [key, value] of Object.entries(custom)) {
    if (names.includes(key.toLowerCase())) return parseEstimateDuration(value);
  }
  return null;
}

/**
 * Three-point estimates a file carries (custom fields named as MS Project's PERT analysis names
 * them), by task id. A task counts only when its optimistic and pessimistic durations are both
 * readable; the most likely defaults to the task's duration.
 */
export function estimatesFromFile(project: ProjectInput): Map<string, ThreePointEstimate> {
  const out = new Map<string, ThreePointEstimate>();
  for (const task of project.tasks) {
    if (!task.custom) continue;
    const min = field(task.custom, OPTIMISTIC);
    const max = field(task.custom, PESSIMISTIC);
    if (min === null || max === null) continue;
    const mostLikely = field(task.custom, EXPECTED) ?? task.duration;
    if (min <= mostLikely && mostLikely <= max) out.set(task.id, { min, mostLikely, max });
  }
  return out;
}

/** Parses `--uncertainty=LOW,HIGH` (percent, LOW ≤ 0 ≤ HIGH). */
export function parseUncertainty(text: string): { low: number; high: number } {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) throw new Error(`--uncertainty must be LOW,HIGH in percent, like -10,30 (got "${text}")`);
  const low = Number(match[1]);
  const high = Number(match[2]);
  if (low > 0 || high < 0 || low <= -100) {
    throw new Error(`--uncertainty must have LOW ≤ 0 ≤ HIGH and LOW > -100 (got "${text}")`);
  }
  return { low, high };
}
