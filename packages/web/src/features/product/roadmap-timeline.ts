import type { Feature } from '@tandem/api';
import { forecastDate } from './roadmap-lanes';
import {
  type LaneCatalog,
  NO_LANE,
  SWIMLANE_LABELS,
  type SwimlaneGrouping,
  swimlanesOf,
  swimlaneTitles,
} from './roadmap-swimlanes';

export type TimelineScale = 'month' | 'quarter';
export type TimelineGrouping = SwimlaneGrouping;

export interface TimelinePeriod {
  /** "2027-03" for a month, "2027-Q1" for a quarter. */
  readonly key: string;
  readonly label: string;
}

export interface TimelineItem {
  readonly feature: Feature;
  readonly period: string;
  /** The forecast date placed (floating ISO). */
  readonly date: string;
  readonly basis: 'P80' | 'CPM';
  readonly late: boolean;
}

export interface TimelineSwimlane {
  readonly id: string;
  readonly title: string;
  readonly items: readonly TimelineItem[];
}

export interface TimelineLayout {
  readonly periods: readonly TimelinePeriod[];
  readonly swimlanes: readonly TimelineSwimlane[];
  /** Features on the roadmap with nothing linked yet, so no date to place. */
  readonly unscheduled: readonly Feature[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The period holding a floating ISO date ("2027-03-14T17:00:00"). */
export function periodOf(date: string, scale: TimelineScale): TimelinePeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new Error(`roadmap timeline: "${date}" is not an ISO date`);
  }
  if (scale === 'month') {
    return { key: `${year}-${String(month).padStart(2, '0')}`, label: `${MONTHS[month - 1]} ${year}` };
  }
  const quarter = Math.floor((month - 1) / 3) + 1;
  return { key: `${year}-Q${quarter}`, label: `Q${quarter} ${year}` };
}

/** Every period from the first to the last key, none skipped (so gaps show as empty columns). */
function periodRange(first: string, last: string, scale: TimelineScale): TimelinePeriod[] {
  const periods: TimelinePeriod[] = [];
  let year = Number(first.slice(0, 4));
  let index = scale === 'month' ? Number(first.slice(5, 7)) : Number(first.slice(6));
  const step = scale === 'month' ? 12 : 4;
  for (let guard = 0; guard < 600; guard += 1) {
    const month = scale === 'month' ? index : (index - 1) * 3 + 1;
    const period = periodOf(`${year}-${String(month).padStart(2, '0')}-01`, scale);
    periods.push(period);
    if (period.key === last) break;
    index += 1;
    if (index > step) {
      index = 1;
      year += 1;
    }
  }
  return periods;
}

/**
 * Places each roadmap feature (not an initiative, not rejected) in the period of its forecast —
 * P80 when known, else the CPM finish — in a swimlane by release, initiative, goal, product or
 * team. A feature serving several goals is placed in each goal's lane. Lanes are in title order,
 * the lane of features in none last.
 */
export function timelineLayout(
  features: readonly Feature[],
  catalog: LaneCatalog,
  scale: TimelineScale,
  grouping: TimelineGrouping,
): TimelineLayout {
  const titles = swimlaneTitles(grouping, features, catalog);
  const lanes = new Map<string, TimelineItem[]>();
  const unscheduled: Feature[] = [];
  for (const feature of features) {
    if (feature.kind === 'initiative' || feature.status === 'rejected') continue;
    const forecast = forecastDate(feature);
    if (!forecast) {
      if (feature.lane !== null) unscheduled.push(feature);
      continue;
    }
    const item: TimelineItem = {
      feature,
      period: periodOf(forecast.date, scale).key,
      date: forecast.date,
      basis: forecast.basis,
      late: feature.forecast?.late ?? false,
    };
    for (const laneId of swimlanesOf(feature, grouping, titles)) {
      lanes.set(laneId, [...(lanes.get(laneId) ?? []), item]);
    }
  }

  const all = [...lanes.values()].flat().sort((a, b) => a.date.localeCompare(b.date));
  const periods = all.length === 0 ? [] : periodRange(all[0].period, all[all.length - 1].period, scale);
  const none = SWIMLANE_LABELS[grouping].none;
  const swimlanes = [...lanes.entries()]
    .map(([id, items]) => ({
      id,
      title: id === NO_LANE ? none : (titles.get(id) ?? none),
      items: [...items].sort((a, b) => a.date.localeCompare(b.date)),
    }))
    .sort((a, b) => (a.id === NO_LANE ? 1 : b.id === NO_LANE ? -1 : a.title.localeCompare(b.title)));
  return { periods, swimlanes, unscheduled };
}
