import type { Stakeholder, StakeholderQuadrant } from '@tandem/api';

/** One cell of the power/interest grid and what to do with the people in it. */
export interface QuadrantInfo {
  readonly quadrant: StakeholderQuadrant;
  readonly title: string;
  readonly action: string;
  readonly color: string;
}

/**
 * The grid read as drawn: power rises upwards, interest to the right, so the first row is high
 * power (keep satisfied, manage closely) and the second low power (monitor, keep informed).
 */
export const GRID_QUADRANTS: readonly QuadrantInfo[] = [
  {
    quadrant: 'keep-satisfied',
    title: 'Keep satisfied',
    action: 'High power, low interest: consult on what affects them, without overloading them.',
    color: 'orange',
  },
  {
    quadrant: 'manage-closely',
    title: 'Manage closely',
    action: 'High power, high interest: involve them in decisions and engage them often.',
    color: 'red',
  },
  {
    quadrant: 'monitor',
    title: 'Monitor',
    action: 'Low power, low interest: watch for changes; a light touch is enough.',
    color: 'gray',
  },
  {
    quadrant: 'keep-informed',
    title: 'Keep informed',
    action: 'Low power, high interest: keep them up to date; they often spot problems early.',
    color: 'blue',
  },
];

const BY_QUADRANT = new Map(GRID_QUADRANTS.map((info) => [info.quadrant, info]));

/** The title, action and colour of a quadrant. */
export function quadrantInfo(quadrant: StakeholderQuadrant): QuadrantInfo {
  const info = BY_QUADRANT.get(quadrant);
  if (!info) throw new Error(`unknown stakeholder quadrant "${quadrant}"`);
  return info;
}

/**
 * The stakeholders in each quadrant the server placed them in, most powerful then most
 * interested first, names breaking ties; every quadrant is present, empty or not.
 */
export function groupByQuadrant(
  stakeholders: readonly Stakeholder[],
): Record<StakeholderQuadrant, Stakeholder[]> {
  const groups: Record<StakeholderQuadrant, Stakeholder[]> = {
    'manage-closely': [],
    'keep-satisfied': [],
    'keep-informed': [],
    monitor: [],
  };
  for (const stakeholder of stakeholders) groups[stakeholder.quadrant].push(stakeholder);
  for (const list of Object.values(groups)) {
    list.sort((a, b) => b.power - a.power || b.interest - a.interest || a.name.localeCompare(b.name));
  }
  return groups;
}

export interface StakeholderFilter {
  /** Matched, case-insensitively, against name, role, organisation and engagement plan. */
  readonly query: string;
  /** A product's id; null for every stakeholder, `'none'` for those attached to no product. */
  readonly productId: string | null;
}

/** The stakeholders a filter keeps, in the order given. */
export function filterStakeholders(
  stakeholders: readonly Stakeholder[],
  filter: StakeholderFilter,
): Stakeholder[] {
  const needle = filter.query.trim().toLowerCase();
  return stakeholders.filter((stakeholder) => {
    if (filter.productId === 'none' && stakeholder.productId !== null) return false;
    if (
      filter.productId !== null &&
      filter.productId !== 'none' &&
      stakeholder.productId !== filter.productId
    )
      return false;
    if (needle === '') return true;
    return [stakeholder.name, stakeholder.role, stakeholder.organisation, stakeholder.engagementPlan].some(
      (text) => text.toLowerCase().includes(needle),
    );
  });
}

/** The 1–5 scale's words, for the form and the table. */
export const SCORE_LABELS: Readonly<Record<number, string>> = {
  1: 'Very low',
  2: 'Low',
  3: 'Medium',
  4: 'High',
  5: 'Very high',
};
