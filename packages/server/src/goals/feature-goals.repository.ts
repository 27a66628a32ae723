import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';

/** The goals (objective ids) each of the given features serves, sorted. */
export async function listGoalIdsOfFeatures(
  db: Kysely<Database>,
  workspaceId: string,
  featureIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (featureIds.length === 0) return out;
  const rows = await db
    .selectFrom('feature_goals')
    .select(['feature_id', 'goal_id'])
    .where('workspace_id', '=', workspaceId)
    .where('feature_id', 'in', [...featureIds])
    .orderBy('goal_id')
    .execute();
  for (const row of rows) out.set(row.feature_id, [...(out.get(row.feature_id) ?? []), row.goal_id]);
  return out;
}

/** Replaces the goals a feature serves (ids already checked). */
export async function replaceFeatureGoals(
  db: Kysely<Database>,
  workspaceId: string,
  featureId: string,
  goalIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('feature_goals')
    .where('workspace_id', '=', workspaceId)
    .where('feature_id', '=', featureId)
    .execute();
  const unique = [...new Set(goalIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('feature_goals')
    .values(unique.map((goalId) => ({ workspace_id: workspaceId, feature_id: featureId, goal_id: goalId })))
    .execute();
}
