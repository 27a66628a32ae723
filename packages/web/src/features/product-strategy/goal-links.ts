import type { Feature, FeatureKind, Goal } from '@tandem/api';

/** The feature's goal ids with `goalId` linked or unlinked (order kept, no duplicates). */
export function goalIdsWith(goalIds: readonly string[], goalId: string, linked: boolean): string[] {
  const others = goalIds.filter((id) => id !== goalId);
  return linked ? [...others, goalId] : others;
}

/** The features serving the objective, in the objective's order; ids of features not loaded are skipped. */
export function linkedFeatures(goal: Pick<Goal, 'featureIds'>, features: readonly Feature[]): Feature[] {
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  return goal.featureIds.flatMap((id) => {
    const feature = byId.get(id);
    return feature ? [feature] : [];
  });
}

const KIND_GROUP: Readonly<Record<FeatureKind, string>> = {
  initiative: 'Initiatives',
  feature: 'Features',
  idea: 'Ideas',
};

/**
 * Picker options for features not yet linked to the objective, grouped initiatives first, then
 * features and ideas (rejected ones left out: they will not serve anything).
 */
export function linkableFeatureGroups(
  goal: Pick<Goal, 'featureIds'>,
  features: readonly Feature[],
): { group: string; items: { value: string; label: string }[] }[] {
  const linked = new Set(goal.featureIds);
  return (['initiative', 'feature', 'idea'] as const)
    .map((kind) => ({
      group: KIND_GROUP[kind],
      items: features
        .filter((f) => f.kind === kind && !linked.has(f.id) && f.status !== 'rejected')
        .map((f) => ({ value: f.id, label: f.title })),
    }))
    .filter((group) => group.items.length > 0);
}
