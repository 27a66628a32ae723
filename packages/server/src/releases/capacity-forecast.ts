import type { CapacityForecastBasis } from '@tandem/api';
import type { DateTime } from '@tandem/engine';

/** The finishes of one linked project's work, all taken from one schedule of it. */
export interface LinkedPlan {
  /** `levelled`: a what-if levelling of the project; `cpm`: its stored schedule. */
  readonly basis: CapacityForecastBasis;
  /** Finish of each task (summaries included), by task id. */
  readonly taskFinish: ReadonlyMap<string, DateTime>;
  /** The project's finish; null when it has no tasks. */
  readonly finish: DateTime | null;
}

/** A link from a feature to project work: one task, or the whole project when `taskId` is null. */
export interface WorkLink {
  readonly projectId: string;
  readonly taskId: string | null;
}

/** When a feature's linked work finishes, and from which schedule that date comes. */
export interface CapacityForecast {
  readonly finish: DateTime;
  readonly basis: CapacityForecastBasis;
}

/**
 * A feature's forecast from its links: the latest finish of its linked tasks (or of the linked
 * project, for whole-project links), each read from its project's plan. The basis is that of the
 * plan giving the latest finish (`levelled` on a tie: the levelled plan confirms the date). Links
 * to a project without a plan or to a task not in it are ignored; null when no link gives a date.
 */
export function linkedForecast(
  links: readonly WorkLink[],
  plans: ReadonlyMap<string, LinkedPlan>,
): CapacityForecast | null {
  let latest: CapacityForecast | null = null;
  for (const link of links) {
    const plan = plans.get(link.projectId);
    if (!plan) continue;
    const finish = link.taskId === null ? plan.finish : (plan.taskFinish.get(link.taskId) ?? null);
    if (finish === null) continue;
    if (
      latest === null ||
      finish > latest.finish ||
      (finish === latest.finish && plan.basis === 'levelled')
    ) {
      latest = { finish, basis: plan.basis };
    }
  }
  return latest;
}
