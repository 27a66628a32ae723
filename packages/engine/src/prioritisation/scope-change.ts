import { schedule } from '../cpm/schedule';
import { projectCostAtCompletion } from '../evm/project-cost';
import type { ProjectInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import type { DateTime } from '../model/time';

/** A feature as the scope preview sees it: the project tasks that deliver it and the goals it serves. */
export interface ScopeFeature {
  readonly id: string;
  readonly taskIds: readonly string[];
  readonly goalIds: readonly string[];
}

export interface ScopeSnapshot {
  /** Latest finish of the release's active tasks; null when the release has no scheduled work. */
  readonly releaseFinish: DateTime | null;
  /** The whole project's cost at completion, minor units. */
  readonly costAtCompletion: number;
  readonly projectFinish: DateTime;
  /** Goals served by at least one feature in the release. */
  readonly coveredGoals: readonly string[];
}

export interface ScopeChangePreview {
  readonly before: ScopeSnapshot;
  readonly after: ScopeSnapshot;
  /** Working-time-free difference in minutes of clock time (after − before); null if either is null. */
  readonly releaseFinishShift: number | null;
  readonly costDelta: number;
  readonly goalsGained: readonly string[];
  readonly goalsLost: readonly string[];
}

/**
 * What adding or removing features does to a release before anyone saves it. A feature's tasks are
 * in the plan exactly while the feature is in scope: tasks of features outside the release's scope
 * are scheduled as inactive (they keep their place but drive nothing and cost nothing, as Microsoft
 * Project's inactive tasks). The preview schedules the project both ways and compares the release
 * forecast (the latest finish of its features' tasks), the project's cost at completion, and the
 * goals the release covers.
 * @param inScope ids of the features in the release now.
 * @param candidates every feature that may be in or out (the release's and the ones being added).
 */
export function previewScopeChange(input: {
  readonly project: ProjectInput;
  readonly candidates: readonly ScopeFeature[];
  readonly inScope: readonly string[];
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}): ScopeChangePreview {
  const known = new Set(input.candidates.map((f) => f.id));
  for (const id of [...input.inScope, ...(input.add ?? []), ...(input.remove ?? [])]) {
    if (!known.has(id)) throw new RangeError(`feature ${id} is not among the candidates`);
  }
  const taskIds = new Set(input.project.tasks.map((t) => t.id));
  for (const feature of input.candidates) {
    for (const taskId of feature.taskIds) {
      if (!taskIds.has(taskId))
        throw new RangeError(`feature ${feature.id}: task ${taskId} is not in the project`);
    }
  }
  const before = new Set(input.inScope);
  const after = new Set(before);
  for (const id of input.add ?? []) after.add(id);
  for (const id of input.remove ?? []) after.delete(id);
  const snapshotBefore = snapshot(input.project, input.candidates, before);
  const snapshotAfter = snapshot(input.project, input.candidates, after);
  const coveredBefore = new Set(snapshotBefore.coveredGoals);
  const coveredAfter = new Set(snapshotAfter.coveredGoals);
  return {
    before: snapshotBefore,
    after: snapshotAfter,
    releaseFinishShift:
      snapshotBefore.releaseFinish === null || snapshotAfter.releaseFinish === null
        ? null
        : snapshotAfter.releaseFinish - snapshotBefore.releaseFinish,
    costDelta: snapshotAfter.costAtCompletion - snapshotBefore.costAtCompletion,
    goalsGained: [...coveredAfter].filter((g) => !coveredBefore.has(g)).sort(),
    goalsLost: [...coveredBefore].filter((g) => !coveredAfter.has(g)).sort(),
  };
}

function snapshot(
  project: ProjectInput,
  candidates: readonly ScopeFeature[],
  inScope: ReadonlySet<string>,
): ScopeSnapshot {
  // tasks of candidate features out of scope are switched off; every other task keeps its flag
  const off = new Set<string>();
  const on = new Set<string>();
  for (const feature of candidates)
    for (const id of feature.taskIds) (inScope.has(feature.id) ? on : off).add(id);
  const tasks = project.tasks.map((task) =>
    on.has(task.id) || !off.has(task.id) ? task : { ...task, active: false },
  );
  const scoped: ProjectInput = { ...project, tasks };
  const result: ScheduleResult = schedule(scoped);
  const finishById = new Map(result.tasks.map((t) => [t.id, t.finish]));
  const startById = new Map(result.tasks.map((t) => [t.id, t.start]));
  let releaseFinish: DateTime | null = null;
  const goals = new Set<string>();
  for (const feature of candidates) {
    if (!inScope.has(feature.id)) continue;
    for (const goal of feature.goalIds) goals.add(goal);
    for (const id of feature.taskIds) {
      const finish = finishById.get(id);
      if (finish !== undefined && (releaseFinish === null || finish > releaseFinish)) releaseFinish = finish;
    }
  }
  return {
    releaseFinish,
    costAtCompletion: projectCostAtCompletion(scoped, startById),
    projectFinish: result.finish,
    coveredGoals: [...goals].sort(),
  };
}
