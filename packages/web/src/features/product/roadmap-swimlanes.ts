import type { Feature, Goal, Product, Release } from '@tandem/api';

/** What the timeline's swimlanes group features by. */
export const SWIMLANE_GROUPINGS = ['release', 'initiative', 'goal', 'product', 'team'] as const;
export type SwimlaneGrouping = (typeof SWIMLANE_GROUPINGS)[number];

export function isSwimlaneGrouping(value: unknown): value is SwimlaneGrouping {
  return typeof value === 'string' && (SWIMLANE_GROUPINGS as readonly string[]).includes(value);
}

/** The names lanes are titled by: the workspace's releases, goals and products. */
export interface LaneCatalog {
  readonly releases: readonly Pick<Release, 'id' | 'name'>[];
  readonly goals: readonly Pick<Goal, 'id' | 'title'>[];
  readonly products: readonly Pick<Product, 'id' | 'name'>[];
}

/** The column heading of the lane titles, and the title of the lane for features in none. */
export const SWIMLANE_LABELS: Readonly<Record<SwimlaneGrouping, { heading: string; none: string }>> = {
  release: { heading: 'Release', none: 'No release' },
  initiative: { heading: 'Initiative', none: 'No initiative' },
  goal: { heading: 'Goal', none: 'No goal' },
  product: { heading: 'Product', none: 'No product' },
  team: { heading: 'Team', none: 'No team' },
};

/** The lane id of features in no lane. */
export const NO_LANE = '';

/** Teams are free text: "Platform" and " platform " are one lane. */
function teamKey(team: string): string {
  return team.trim().toLowerCase();
}

/**
 * Lane titles by lane id for a grouping: releases, goals and products from the catalog,
 * initiatives from the features themselves, and teams as first written.
 */
export function swimlaneTitles(
  grouping: SwimlaneGrouping,
  features: readonly Feature[],
  catalog: LaneCatalog,
): Map<string, string> {
  switch (grouping) {
    case 'release':
      return new Map(catalog.releases.map((r) => [r.id, r.name]));
    case 'goal':
      return new Map(catalog.goals.map((g) => [g.id, g.title]));
    case 'product':
      return new Map(catalog.products.map((p) => [p.id, p.name]));
    case 'initiative':
      return new Map(features.filter((f) => f.kind === 'initiative').map((f) => [f.id, f.title]));
    case 'team': {
      const titles = new Map<string, string>();
      for (const feature of features) {
        const key = teamKey(feature.team);
        if (key !== '' && !titles.has(key)) titles.set(key, feature.team.trim());
      }
      return titles;
    }
  }
}

/**
 * The lanes a feature appears in: one, or one per goal it serves (a feature under several goals
 * shows in each). A lane the titles do not know (a deleted release or goal) counts as none.
 */
export function swimlanesOf(
  feature: Feature,
  grouping: SwimlaneGrouping,
  titles: ReadonlyMap<string, string>,
): string[] {
  const known = (id: string | null) => (id !== null && titles.has(id) ? id : NO_LANE);
  switch (grouping) {
    case 'release':
      return [known(feature.releaseId)];
    case 'initiative':
      return [known(feature.parentId)];
    case 'product':
      return [known(feature.productId)];
    case 'team':
      return [known(teamKey(feature.team))];
    case 'goal': {
      const goals = [...new Set(feature.goalIds)].filter((id) => titles.has(id));
      return goals.length > 0 ? goals : [NO_LANE];
    }
  }
}
