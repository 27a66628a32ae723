import type { Swot } from '@tandem/api';

export type SwotList = 'strengths' | 'weaknesses' | 'opportunities' | 'threats';

/** The four lists as drawn: internal on the top row, external below; helpful left, harmful right. */
export const SWOT_LISTS: readonly { key: SwotList; title: string; singular: string; color: string }[] = [
  { key: 'strengths', title: 'Strengths', singular: 'strength', color: 'teal' },
  { key: 'weaknesses', title: 'Weaknesses', singular: 'weakness', color: 'red' },
  { key: 'opportunities', title: 'Opportunities', singular: 'opportunity', color: 'blue' },
  { key: 'threats', title: 'Threats', singular: 'threat', color: 'orange' },
];

/** The four lists of a SWOT being edited. */
export type SwotPoints = Readonly<Record<SwotList, readonly string[]>>;

/** The lists of a saved SWOT. */
export function pointsOf(swot: Swot): SwotPoints {
  return {
    strengths: swot.strengths,
    weaknesses: swot.weaknesses,
    opportunities: swot.opportunities,
    threats: swot.threats,
  };
}

/** The draft with a point added at the end of a list; blank or repeated points change nothing. */
export function addPoint(draft: SwotPoints, list: SwotList, text: string): SwotPoints {
  const point = text.trim();
  if (point === '' || draft[list].includes(point)) return draft;
  return { ...draft, [list]: [...draft[list], point] };
}

/** The draft without the point at `index` of a list. */
export function removePoint(draft: SwotPoints, list: SwotList, index: number): SwotPoints {
  return { ...draft, [list]: draft[list].filter((_, at) => at !== index) };
}

/** The draft with the point at `index` moved by `by` places (clamped to the list). */
export function movePoint(draft: SwotPoints, list: SwotList, index: number, by: number): SwotPoints {
  const points = [...draft[list]];
  const target = Math.min(points.length - 1, Math.max(0, index + by));
  if (target === index || index < 0 || index >= points.length) return draft;
  const [point] = points.splice(index, 1);
  points.splice(target, 0, point as string);
  return { ...draft, [list]: points };
}

/** True when any list differs from the saved one (order counts: it is the priority). */
export function isSwotChanged(saved: SwotPoints, draft: SwotPoints): boolean {
  return SWOT_LISTS.some(
    ({ key }) =>
      saved[key].length !== draft[key].length || saved[key].some((point, i) => point !== draft[key][i]),
  );
}

/**
 * Three-way merge after a refused save: keeps what someone else saved (`theirs`) and replays on
 * it what this user did to the copy they started from (`base` → `mine`): points they added are
 * appended, points they removed are removed. Nothing either side wrote is silently lost.
 */
export function mergeSwot(base: SwotPoints, mine: SwotPoints, theirs: SwotPoints): SwotPoints {
  const merge = (key: SwotList): string[] => {
    const removed = new Set(base[key].filter((point) => !mine[key].includes(point)));
    const added = mine[key].filter((point) => !base[key].includes(point));
    const kept = theirs[key].filter((point) => !removed.has(point));
    return [...kept, ...added.filter((point) => !kept.includes(point))];
  };
  return {
    strengths: merge('strengths'),
    weaknesses: merge('weaknesses'),
    opportunities: merge('opportunities'),
    threats: merge('threats'),
  };
}

/** The draft with the point at `index` of a list replaced by `text` (as typed; see `tidySwot`). */
export function replacePoint(draft: SwotPoints, list: SwotList, index: number, text: string): SwotPoints {
  return { ...draft, [list]: draft[list].map((point, at) => (at === index ? text : point)) };
}

/** What is saved from a draft: points trimmed, blank ones dropped, repeats within a list kept once. */
export function tidySwot(draft: SwotPoints): SwotPoints {
  const tidy = (points: readonly string[]) => [
    ...new Set(points.map((point) => point.trim()).filter((point) => point !== '')),
  ];
  return {
    strengths: tidy(draft.strengths),
    weaknesses: tidy(draft.weaknesses),
    opportunities: tidy(draft.opportunities),
    threats: tidy(draft.threats),
  };
}
