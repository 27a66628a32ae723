import { isSwimlaneGrouping, type SwimlaneGrouping } from './roadmap-swimlanes';
import type { TimelineScale } from './roadmap-timeline';

/** The roadmap's tabs. */
export const ROADMAP_VIEWS = ['board', 'timeline', 'releases', 'capacity', 'share'] as const;
export type RoadmapView = (typeof ROADMAP_VIEWS)[number];

/**
 * What the roadmap keeps in its address (`?view=timeline&lanes=goal&scale=quarter`), so a reload
 * or a shared link opens the same tab, lanes and scale. Unknown values are dropped, not errors.
 */
export interface RoadmapSearch {
  readonly view?: RoadmapView;
  readonly lanes?: SwimlaneGrouping;
  readonly scale?: TimelineScale;
}

export function validateRoadmapSearch(search: Record<string, unknown>): RoadmapSearch {
  const out: { view?: RoadmapView; lanes?: SwimlaneGrouping; scale?: TimelineScale } = {};
  if (typeof search.view === 'string' && (ROADMAP_VIEWS as readonly string[]).includes(search.view))
    out.view = search.view as RoadmapView;
  if (isSwimlaneGrouping(search.lanes)) out.lanes = search.lanes;
  if (search.scale === 'month' || search.scale === 'quarter') out.scale = search.scale;
  return out;
}
