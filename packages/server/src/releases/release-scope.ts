import { problemTypes, type ScopePreview } from '@tandem/api';
import {
  CalendarError,
  type DateTime,
  formatDateTime,
  previewScopeChange,
  ScheduleInputError,
  type ScopeFeature,
} from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { type FeatureLinkRow, type FeatureRow, listFeatureLinks } from '../features/features.repository';
import { ProblemError, problems } from '../http/problem-error';
import { findProject } from '../projects/projects.repository';
import { loadProjectInput } from '../scheduling/project-schedule.service';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';

/** A candidate feature of a scope change with the goals it serves. */
export interface ScopeCandidate {
  readonly row: FeatureRow;
  readonly goalIds: readonly string[];
}

const later = (a: DateTime | null, b: DateTime | null): DateTime | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

function unschedulable(projectName: string, error: unknown): never {
  if (error instanceof CalendarError || error instanceof ScheduleInputError) {
    throw new ProblemError({
      status: 409,
      type: problemTypes.scheduling,
      title: 'The plan cannot be scheduled',
      detail: `project ${projectName}: ${error.message}`,
      errors: [{ field: 'projectId', message: error.message }],
    });
  }
  throw error;
}

/**
 * Previews adding and removing features of a release without writing anything: each project the
 * candidates' work is in is scheduled by the engine's `previewScopeChange` with the release's
 * current scope and with the changed one (work of features out of scope is inactive); the release
 * finish is the latest over those projects, the cost at completion their sum, and goals are
 * covered while at least one feature in scope serves them.
 * @param inScope ids of the release's features now; `candidates` holds them and those added.
 */
export async function previewScope(
  db: Kysely<Database>,
  workspaceId: string,
  candidates: readonly ScopeCandidate[],
  inScope: readonly string[],
  add: readonly string[],
  remove: readonly string[],
): Promise<ScopePreview> {
  const links = await listFeatureLinks(
    db,
    workspaceId,
    candidates.map((c) => c.row.id),
  );
  const byProject = new Map<string, FeatureLinkRow[]>();
  for (const link of links) byProject.set(link.projectId, [...(byProject.get(link.projectId) ?? []), link]);
  let beforeFinish: DateTime | null = null;
  let afterFinish: DateTime | null = null;
  let beforeCost = 0;
  let afterCost = 0;
  for (const [projectId, projectLinks] of byProject) {
    const project = await findProject(db, workspaceId, projectId);
    if (!project) continue;
    const outline = buildOutline(await listTasks(db, workspaceId, projectId));
    if (outline.length === 0) continue;
    const input = await loadProjectInput(db, project, outline);
    const known = new Set(input.tasks.map((t) => t.id));
    const parents = new Set(input.tasks.flatMap((t) => (t.parentId === null ? [] : [t.parentId])));
    // a whole-project link stands for every leaf task of the project
    const leaves = input.tasks.filter((t) => !parents.has(t.id)).map((t) => t.id);
    const features: ScopeFeature[] = candidates.map((c) => ({
      id: c.row.id,
      goalIds: [],
      taskIds: [
        ...new Set(
          projectLinks
            .filter((l) => l.featureId === c.row.id)
            .flatMap((l) => (l.taskId === null ? leaves : known.has(l.taskId) ? [l.taskId] : [])),
        ),
      ],
    }));
    let preview: ReturnType<typeof previewScopeChange>;
    try {
      preview = previewScopeChange({ project: input, candidates: features, inScope, add, remove });
    } catch (error) {
      unschedulable(project.name, error);
    }
    beforeFinish = later(beforeFinish, preview.before.releaseFinish);
    afterFinish = later(afterFinish, preview.after.releaseFinish);
    beforeCost += preview.before.costAtCompletion;
    afterCost += preview.after.costAtCompletion;
  }
  const before = new Set(inScope);
  const after = new Set(inScope);
  for (const id of add) after.add(id);
  for (const id of remove) after.delete(id);
  const goalsOf = (scope: ReadonlySet<string>) =>
    new Set(candidates.filter((c) => scope.has(c.row.id)).flatMap((c) => c.goalIds));
  const goalsBefore = goalsOf(before);
  const goalsAfter = goalsOf(after);
  const round = (minor: number) => Math.round(minor);
  return {
    before: {
      releaseFinish: beforeFinish === null ? null : formatDateTime(beforeFinish),
      costAtCompletionMinor: round(beforeCost),
    },
    after: {
      releaseFinish: afterFinish === null ? null : formatDateTime(afterFinish),
      costAtCompletionMinor: round(afterCost),
    },
    releaseFinishShiftMinutes:
      beforeFinish === null || afterFinish === null ? null : afterFinish - beforeFinish,
    costDeltaMinor: round(afterCost) - round(beforeCost),
    goalsGained: [...goalsAfter].filter((g) => !goalsBefore.has(g)).sort(),
    goalsLost: [...goalsBefore].filter((g) => !goalsAfter.has(g)).sort(),
  };
}

/** Checks the request's ids: additions are workspace features outside the release, removals are in it. */
export function checkScopeRequest(
  releaseFeatureIds: ReadonlySet<string>,
  workspaceFeatures: ReadonlyMap<string, FeatureRow>,
  add: readonly string[],
  remove: readonly string[],
): void {
  for (const [i, id] of add.entries()) {
    if (!workspaceFeatures.has(id))
      throw problems.validation(`body.add.${i}`, `${id} is not a feature of this workspace`);
    if (releaseFeatureIds.has(id))
      throw problems.validation(`body.add.${i}`, `${id} is already in the release`);
  }
  for (const [i, id] of remove.entries()) {
    if (!releaseFeatureIds.has(id))
      throw problems.validation(`body.remove.${i}`, `${id} is not in the release`);
    if (add.includes(id)) throw problems.validation(`body.remove.${i}`, `${id} is both added and removed`);
  }
}
