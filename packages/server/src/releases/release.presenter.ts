import type { FeatureForecast, Release } from '@tandem/api';
import type { ReleaseRow } from './releases.repository';

const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

/**
 * A release's forecast from its features' forecasts: the latest CPM finish, and the latest P50/P80
 * when every forecast feature has them. Late when the judged date (P80 when known, else the CPM
 * finish) passes the release's target date, or when any of its features is late for its own target.
 */
export function releaseForecast(
  targetDate: string | null,
  forecasts: readonly FeatureForecast[],
): Release['forecast'] {
  const known = forecasts.filter((f): f is NonNullable<FeatureForecast> => f !== null);
  if (known.length === 0) return null;
  let cpm: string | null = null;
  let p50: string | null = null;
  let p80: string | null = null;
  const simulated = known.every((f) => f.p50 !== null && f.p80 !== null);
  for (const f of known) {
    cpm = later(cpm, f.cpmFinish);
    if (simulated) {
      p50 = later(p50, f.p50);
      p80 = later(p80, f.p80);
    }
  }
  const cpmFinish = cpm as string;
  const judged = p80 ?? cpmFinish;
  return {
    cpmFinish,
    p50,
    p80,
    late: (targetDate !== null && judged.slice(0, 10) > targetDate) || known.some((f) => f.late),
  };
}

export function presentRelease(
  row: ReleaseRow,
  featureIds: readonly string[],
  forecasts: readonly FeatureForecast[],
): Release {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    versionLabel: row.version_label,
    targetDate: row.target_date,
    status: row.status as Release['status'],
    description: row.description,
    featureIds: [...featureIds],
    forecast: releaseForecast(row.target_date, forecasts),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
