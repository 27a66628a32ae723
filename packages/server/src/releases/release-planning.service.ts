import type { CapacityCheck, ScopePreview } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import { listFeatureRows } from '../features/features.repository';
import { listGoalIdsOfFeatures } from '../goals/feature-goals.repository';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { checkCapacity } from './capacity-check';
import { checkScopeRequest, previewScope } from './release-scope';
import type { ReleasesService } from './releases.service';

/** Read-only planning questions: scope-change previews and the capacity check. Nothing is written. */
export class ReleasePlanningService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly releases: ReleasesService,
  ) {}

  async previewScope(
    userId: string,
    releaseId: string,
    request: { add?: readonly string[]; remove?: readonly string[] },
  ): Promise<ScopePreview> {
    const release = await this.releases.requireRelease(releaseId, userId);
    const workspaceId = release.workspace_id;
    const add = request.add ?? [];
    const remove = request.remove ?? [];
    const features = new Map((await listFeatureRows(this.db, workspaceId)).map((f) => [f.id, f]));
    const inScope = [...features.values()].filter((f) => f.release_id === releaseId).map((f) => f.id);
    checkScopeRequest(new Set(inScope), features, add, remove);
    const candidateIds = [...inScope, ...add];
    const goals = await listGoalIdsOfFeatures(this.db, workspaceId, candidateIds);
    const candidates = candidateIds.map((id) => ({
      row: features.get(id) as NonNullable<ReturnType<typeof features.get>>,
      goalIds: goals.get(id) ?? [],
    }));
    return previewScope(this.db, workspaceId, candidates, inScope, add, remove);
  }

  async checkCapacity(
    userId: string,
    workspaceId: string,
    request: { until: string; from?: string; resourceIds: readonly string[]; featureIds?: readonly string[] },
  ): Promise<CapacityCheck> {
    await requireWorkspace(this.db, workspaceId, userId);
    return checkCapacity(this.db, workspaceId, { ...request, from: request.from ?? nowUtc().slice(0, 10) });
  }
}
