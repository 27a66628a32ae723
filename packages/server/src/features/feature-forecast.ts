import { type FeatureForecast, simulationSchema } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import type { FeatureLinkRow, FeatureRow } from './features.repository';

const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

/**
 * Delivery forecasts of features from their linked work: the CPM finish is the latest stored
 * (engine-computed) finish of the linked tasks, or of the project for whole-project links; P50 and
 * P80 come from each linked project's latest simulation that tracked the feature (all of them must
 * have, else they are unknown). A forecast past the target date (P80 when known) is late.
 */
export async function loadForecasts(
  db: Kysely<Database>,
  workspaceId: string,
  features: readonly FeatureRow[],
  links: readonly FeatureLinkRow[],
): Promise<Map<string, FeatureForecast>> {
  const out = new Map<string, FeatureForecast>();
  if (links.length === 0) return out;
  const taskIds = [...new Set(links.flatMap((l) => (l.taskId ? [l.taskId] : [])))];
  const projectIds = [...new Set(links.map((l) => l.projectId))];
  const taskFinish = new Map<string, string>();
  if (taskIds.length > 0) {
    const rows = await db
      .selectFrom('tasks')
      .select(['id', 'finish'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', taskIds)
      .execute();
    for (const row of rows) taskFinish.set(row.id, row.finish);
  }
  const projectFinish = new Map<string, string | null>();
  const simulated = new Map<string, Map<string, { p50: string; p80: string }>>();
  for (const projectId of projectIds) {
    const project = await db
      .selectFrom('projects')
      .select('finish')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', projectId)
      .executeTakeFirst();
    projectFinish.set(projectId, project?.finish ?? null);
    const latest = await db
      .selectFrom('simulations')
      .select('result_json')
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', projectId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (latest) {
      const parsed = simulationSchema.safeParse(JSON.parse(latest.result_json));
      if (parsed.success) simulated.set(projectId, new Map(parsed.data.groups.map((g) => [g.id, g])));
    }
  }
  const byFeature = new Map<string, FeatureLinkRow[]>();
  for (const link of links) byFeature.set(link.featureId, [...(byFeature.get(link.featureId) ?? []), link]);
  for (const feature of features) {
    const own = byFeature.get(feature.id);
    if (!own) continue;
    let cpm: string | null = null;
    for (const link of own) {
      cpm = later(
        cpm,
        link.taskId ? (taskFinish.get(link.taskId) ?? null) : (projectFinish.get(link.projectId) ?? null),
      );
    }
    if (cpm === null) continue;
    let p50: string | null = null;
    let p80: string | null = null;
    let complete = true;
    for (const projectId of new Set(own.map((l) => l.projectId))) {
      const group = simulated.get(projectId)?.get(feature.id);
      if (!group) {
        complete = false;
        break;
      }
      p50 = later(p50, group.p50);
      p80 = later(p80, group.p80);
    }
    if (!complete) {
      p50 = null;
      p80 = null;
    }
    const judged = p80 ?? cpm;
    out.set(feature.id, {
      cpmFinish: cpm,
      p50,
      p80,
      late: feature.target_date !== null && judged.slice(0, 10) > feature.target_date,
    });
  }
  return out;
}
