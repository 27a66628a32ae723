import type { CapacityCheck } from '@tandem/api';
import {
  type CapacityFeature,
  type CapacityResource,
  capacityCheck,
  compileCalendars,
  formatDateTime,
  parseDateTime,
  standardCalendar,
} from '@tandem/engine';
import type { Kysely } from 'kysely';
import { loadWorkspaceCalendars } from '../calendars/workspace-calendars';
import type { Database } from '../db/database.types';
import {
  type FeatureLinkRow,
  type FeatureRow,
  listFeatureLinks,
  listFeatureRows,
} from '../features/features.repository';
import { problems } from '../http/problem-error';
import { toResourceInput } from '../resources/resource-input.mapper';
import { listResourceRecords } from '../resources/resources.repository';
import { type CapacityForecast, linkedForecast } from './capacity-forecast';
import { loadLinkedPlans } from './linked-plans';

/** Resources without a calendar of their own work on the Standard week (Mon–Fri, 8–12 and 13–17). */
const DEFAULT_CALENDAR_ID = 'standard';
const NOT_IN_BACKLOG: ReadonlySet<string> = new Set(['released', 'parked', 'rejected']);

export interface CapacityRequest {
  /** YYYY-MM-DD, inclusive: work finishing any time that day ships. */
  readonly until: string;
  /** YYYY-MM-DD, from its start. */
  readonly from: string;
  readonly resourceIds: readonly string[];
  readonly featureIds?: readonly string[];
}

/** The team as the engine sees it: work resources with their compiled calendars. */
async function loadTeam(
  db: Kysely<Database>,
  workspaceId: string,
  resourceIds: readonly string[],
): Promise<CapacityResource[]> {
  const records = await listResourceRecords(db, workspaceId, resourceIds);
  const byId = new Map(records.map((r) => [r.resource.id, r]));
  for (const [i, id] of resourceIds.entries()) {
    const record = byId.get(id);
    if (!record)
      throw problems.validation(`body.resourceIds.${i}`, `${id} is not a resource of this workspace`);
    if (record.resource.type !== 'work')
      throw problems.validation(
        `body.resourceIds.${i}`,
        `${record.resource.name} is a ${record.resource.type} resource; the team is people (work resources)`,
      );
  }
  const calendars = compileCalendars([
    standardCalendar(DEFAULT_CALENDAR_ID),
    ...(await loadWorkspaceCalendars(db, workspaceId)),
  ]);
  const team = new Map<string, CapacityResource>();
  for (const [i, record] of records.entries()) {
    const input = toResourceInput(record);
    const calendar = calendars.get(input.calendarId ?? DEFAULT_CALENDAR_ID);
    if (!calendar)
      throw problems.validation(
        `body.resourceIds.${i}`,
        `${record.resource.name}: calendar ${input.calendarId} is not in the workspace`,
      );
    team.set(input.id, {
      id: input.id,
      calendar,
      maxUnits: input.maxUnits,
      availability: input.availability,
    });
  }
  return [...team.values()];
}

/** The features to rank: the ones asked for, in that order, or the open backlog by rank. */
async function loadRanking(
  db: Kysely<Database>,
  workspaceId: string,
  featureIds: readonly string[] | undefined,
): Promise<FeatureRow[]> {
  const rows = await listFeatureRows(db, workspaceId);
  if (!featureIds) return rows.filter((r) => !NOT_IN_BACKLOG.has(r.status));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set<string>();
  return featureIds.map((id, i) => {
    const row = byId.get(id);
    if (!row) throw problems.validation(`body.featureIds.${i}`, `${id} is not a feature of this workspace`);
    if (seen.has(id)) throw problems.validation(`body.featureIds.${i}`, `${id} is listed twice`);
    seen.add(id);
    return row;
  });
}

/** Each linked feature's forecast, levelling each linked project at most once. */
async function loadCapacityForecasts(
  db: Kysely<Database>,
  workspaceId: string,
  links: readonly FeatureLinkRow[],
): Promise<Map<string, CapacityForecast>> {
  const plans = await loadLinkedPlans(
    db,
    workspaceId,
    links.map((link) => link.projectId),
  );
  const byFeature = new Map<string, FeatureLinkRow[]>();
  for (const link of links) byFeature.set(link.featureId, [...(byFeature.get(link.featureId) ?? []), link]);
  const out = new Map<string, CapacityForecast>();
  for (const [featureId, own] of byFeature) {
    const forecast = linkedForecast(own, plans);
    if (forecast) out.set(featureId, forecast);
  }
  return out;
}

/**
 * "What ships by `until`": the ranking filled against the team's person-minutes by the engine's
 * `capacityCheck`. A feature linked to scheduled work ships on the finish of that work, its effort
 * (its `effortMinutes`, 0 when not given: the work is in the schedule) still counting against
 * capacity; an unlinked one ships when its `effortMinutes` fit. The finish is read from a what-if
 * levelling of the linked project (once per project, nothing saved) when it has work-resource
 * assignments, so an overallocated team that nobody levelled does not ship early; otherwise, or
 * when the engine cannot level it, from the stored CPM schedule (`forecastBasis` says which).
 * A feature with neither an estimate nor a forecast is `no-estimate`: it is reported where it
 * ranks, never ships, and does not draw the cut line.
 */
export async function checkCapacity(
  db: Kysely<Database>,
  workspaceId: string,
  request: CapacityRequest,
): Promise<CapacityCheck> {
  if (request.until < request.from)
    throw problems.validation('body.until', `must be on or after from (${request.from})`);
  const team = await loadTeam(db, workspaceId, request.resourceIds);
  const ranking = await loadRanking(db, workspaceId, request.featureIds);
  const links = await listFeatureLinks(
    db,
    workspaceId,
    ranking.map((f) => f.id),
  );
  const forecasts = await loadCapacityForecasts(db, workspaceId, links);
  const estimated: CapacityFeature[] = [];
  for (const row of ranking) {
    const forecast = forecasts.get(row.id);
    if (row.effort_minutes === null && !forecast) continue;
    estimated.push({
      id: row.id,
      effort: row.effort_minutes ?? 0,
      forecastFinish: forecast?.finish ?? null,
    });
  }
  const from = parseDateTime(`${request.from}T00:00`);
  const until = parseDateTime(`${request.until}T00:00`) + 1440;
  const result = capacityCheck({ resources: team, from, until, features: estimated });
  const verdicts = new Map(result.items.map((item) => [item.id, item]));
  const cutId = estimated[result.cutIndex]?.id;
  let cumulative = 0;
  let cutIndex = ranking.length;
  const items = ranking.map((row, index) => {
    const item = verdicts.get(row.id);
    if (row.id === cutId) cutIndex = index;
    if (item) cumulative = item.cumulativeEffort;
    const forecast = forecasts.get(row.id);
    return {
      featureId: row.id,
      title: row.title,
      verdict: item?.verdict ?? ('no-estimate' as const),
      ships: item?.ships ?? false,
      effortMinutes: row.effort_minutes,
      cumulativeMinutes: cumulative,
      forecastFinish: forecast ? formatDateTime(forecast.finish) : null,
      forecastBasis: forecast?.basis ?? null,
    };
  });
  return {
    capacityMinutes: result.capacity,
    committedMinutes: result.committed,
    cutIndex,
    items,
  };
}
