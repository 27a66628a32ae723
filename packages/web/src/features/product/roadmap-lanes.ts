import type { Feature, RoadmapLane } from '@tandem/api';

export const ROADMAP_LANES: readonly { readonly lane: RoadmapLane; readonly title: string }[] = [
  { lane: 'now', title: 'Now' },
  { lane: 'next', title: 'Next' },
  { lane: 'later', title: 'Later' },
];

export function isBoardLane(value: unknown): value is BoardLane {
  return value === 'now' || value === 'next' || value === 'later' || value === 'unplanned';
}

/** A board column: a lane, or the features not on the roadmap yet. */
export type BoardLane = RoadmapLane | 'unplanned';

/** Features by lane, each in rank order; rejected, parked and released items are off the board. */
export function groupByLane(features: readonly Feature[]): Record<BoardLane, Feature[]> {
  const groups: Record<BoardLane, Feature[]> = { now: [], next: [], later: [], unplanned: [] };
  for (const feature of features) {
    if (feature.status === 'rejected' || feature.status === 'parked' || feature.status === 'released')
      continue;
    groups[feature.lane ?? 'unplanned'].push(feature);
  }
  for (const lane of Object.values(groups)) lane.sort((a, b) => a.rank - b.rank);
  return groups;
}

/** The rank that puts a feature at the end of a lane (after its last card). */
export function rankAtEnd(lane: readonly Feature[]): number {
  return lane.reduce((max, feature) => Math.max(max, feature.rank), 0) + 1;
}

/** The date a feature is forecast to ship: P80 when a simulation covers it, else the CPM finish. */
export function forecastDate(feature: Feature): { date: string; basis: 'P80' | 'CPM' } | null {
  if (!feature.forecast) return null;
  if (feature.forecast.p80) return { date: feature.forecast.p80, basis: 'P80' };
  return { date: feature.forecast.cpmFinish, basis: 'CPM' };
}
