import type { FeatureForecast } from '@tandem/api';
import type { Insertable, Kysely } from 'kysely';
import type { Database, NotificationsTable } from '../db/database.types';
import { newId } from '../db/ids';
import { preparedQuery } from '../db/prepared-query';
import { nowUtc } from '../db/timestamps';
import { loadForecasts } from '../features/feature-forecast';
import { type FeatureRow, listFeatureLinks } from '../features/features.repository';
import { releaseForecast } from '../releases/release.presenter';
import { announceHints } from './announce-hints';
import { insertNotifications } from './notifications.repository';
import {
  featureLateMessage,
  judgedForecast,
  passesTarget,
  releaseLateMessage,
  slipTransition,
} from './slip-rules';

const linkedFeatures = preparedQuery((db, workspaceId: string, projectId: string) =>
  db
    .selectFrom('feature_links')
    .select(['feature_id', 'task_id'])
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId),
);

/**
 * What a one-task edit moved: a feature's forecast reads its linked tasks' finishes, or the
 * project's finish when it is linked to the whole project (`task_id` '').
 */
export interface ScheduleMoves {
  readonly taskIds: ReadonlySet<string>;
  readonly finishMoved: boolean;
}

/**
 * After a write that rescheduled `projectId` (in the write's transaction): notifies the owners of
 * the features linked into the project whose forecast has just passed their target date, and the
 * feature owners of releases that did. With `moves` (an edit that changed no link, task set or
 * outline), only the features linked to what moved are judged again. Answers how many
 * notifications it wrote.
 */
export async function notifyForecastSlips(
  trx: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  moves?: ScheduleMoves,
): Promise<number> {
  // run after every task write: a prepared query, most projects have no linked feature
  const linked = await linkedFeatures(trx, workspaceId, projectId);
  const featureIds = new Set<string>();
  for (const link of linked) {
    const affected = !moves || (link.task_id === '' ? moves.finishMoved : moves.taskIds.has(link.task_id));
    if (affected) featureIds.add(link.feature_id);
  }
  if (featureIds.size === 0) return 0;
  return checkFeatureSlips(trx, workspaceId, [...featureIds]);
}

/**
 * Judges each feature's forecast against its target and compares with the judgement stored
 * (`forecast_late`, see `slipTransition`): a new slip notifies the owner once, a recovery re-arms.
 * Then does the same for the features' releases and `alsoReleaseIds` (a release a feature just
 * left). In `trx`; answers how many notifications it wrote.
 */
export async function checkFeatureSlips(
  trx: Kysely<Database>,
  workspaceId: string,
  featureIds: readonly string[],
  alsoReleaseIds: readonly (string | null)[] = [],
): Promise<number> {
  const features =
    featureIds.length === 0
      ? []
      : await trx
          .selectFrom('features')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', [...featureIds])
          .execute();
  const links = await listFeatureLinks(
    trx,
    workspaceId,
    features.map((f) => f.id),
  );
  const forecasts = await loadForecasts(trx, workspaceId, features, links);
  const now = nowUtc();
  const notices: Insertable<NotificationsTable>[] = [];
  for (const feature of features) {
    const forecast = forecasts.get(feature.id) ?? null;
    const late = forecast?.late ?? false;
    const change = slipTransition(late, feature.forecast_late);
    if (change === 'unchanged') continue;
    // another transaction judged it meanwhile (PostgreSQL): it told the owner, not this one
    if (!(await setJudged(trx, 'features', workspaceId, feature.id, late))) continue;
    if (change === 'slipped' && forecast && feature.owner_id && feature.target_date) {
      notices.push(
        notice(
          workspaceId,
          feature.owner_id,
          'feature-late',
          feature.id,
          now,
          featureLateMessage(feature.title, judgedForecast(forecast), feature.target_date),
        ),
      );
    }
  }
  await insertNotifications(trx, notices);
  announceHints.note(workspaceId, notices.length);
  const releaseIds = new Set<string>();
  for (const id of [...features.map((f) => f.release_id), ...alsoReleaseIds]) if (id) releaseIds.add(id);
  return notices.length + (await checkReleaseSlips(trx, workspaceId, [...releaseIds], now, forecasts));
}

/**
 * A release slips when its forecast (the latest of its features', P80 when every one is simulated)
 * passes the release's own target date; its features' owners are told once per crossing.
 */
async function checkReleaseSlips(
  trx: Kysely<Database>,
  workspaceId: string,
  releaseIds: readonly string[],
  now: string,
  /** Forecasts the caller has already computed in this transaction, by feature id. */
  known: ReadonlyMap<string, FeatureForecast>,
): Promise<number> {
  if (releaseIds.length === 0) return 0;
  const releases = await trx
    .selectFrom('releases')
    .select(['id', 'name', 'target_date', 'forecast_late'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...releaseIds])
    .execute();
  if (releases.length === 0) return 0;
  const features: FeatureRow[] = await trx
    .selectFrom('features')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(
      'release_id',
      'in',
      releases.map((r) => r.id),
    )
    .execute();
  // only the release's features not judged above need their forecast loaded
  const unknown = features.filter((f) => !known.has(f.id));
  const links = await listFeatureLinks(
    trx,
    workspaceId,
    unknown.map((f) => f.id),
  );
  const forecasts = new Map(known);
  for (const [id, forecast] of await loadForecasts(trx, workspaceId, unknown, links))
    forecasts.set(id, forecast);
  const notices: Insertable<NotificationsTable>[] = [];
  for (const release of releases) {
    const own = features.filter((f) => f.release_id === release.id);
    const forecast = releaseForecast(
      release.target_date,
      own.map((f): FeatureForecast => forecasts.get(f.id) ?? null),
    );
    const judged = forecast ? judgedForecast(forecast) : null;
    const late = passesTarget(judged, release.target_date);
    const change = slipTransition(late, release.forecast_late);
    if (change === 'unchanged') continue;
    if (!(await setJudged(trx, 'releases', workspaceId, release.id, late))) continue;
    if (change !== 'slipped' || !judged || !release.target_date) continue;
    const message = releaseLateMessage(release.name, judged, release.target_date);
    const owners = new Set(own.flatMap((f) => (f.owner_id ? [f.owner_id] : [])));
    for (const owner of owners)
      notices.push(notice(workspaceId, owner, 'release-late', release.id, now, message));
  }
  await insertNotifications(trx, notices);
  announceHints.note(workspaceId, notices.length);
  return notices.length;
}

/**
 * Records the judgement of a feature or release, only if it differs from what is stored: answers
 * whether this transaction changed it. The condition is in the UPDATE itself, so of two concurrent
 * transactions judging the same crossing (PostgreSQL runs them side by side) only one changes the
 * row and sends the notice; the other, re-reading the row once the first commits, changes nothing.
 */
async function setJudged(
  trx: Kysely<Database>,
  table: 'features' | 'releases',
  workspaceId: string,
  id: string,
  late: boolean,
): Promise<boolean> {
  const value = late ? 1 : 0;
  // system state, not an edit: neither the version nor updated_at moves
  const result = await trx
    .updateTable(table)
    .set({ forecast_late: value })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('forecast_late', 'is', null), eb('forecast_late', '<>', value)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

function notice(
  workspaceId: string,
  userId: string,
  kind: 'feature-late' | 'release-late',
  subjectId: string,
  createdAt: string,
  message: string,
): Insertable<NotificationsTable> {
  return {
    workspace_id: workspaceId,
    id: newId(),
    user_id: userId,
    kind,
    subject_id: subjectId,
    message,
    created_at: createdAt,
    read_at: null,
    announced_at: null,
  };
}
