import type { Feature } from '@tandem/api';

export interface FeatureRow {
  readonly feature: Feature;
  /** 0 for a top-level item, 1 for a child of an initiative, and so on. */
  readonly depth: number;
}

/**
 * Features as an outline: each item followed by its children, siblings in the given order. An
 * item whose parent is not in the list (filtered out or deleted) is shown at the top level; a
 * parent loop (which the server refuses) cannot hang the page because each item is placed once.
 */
export function featureOutline(features: readonly Feature[]): FeatureRow[] {
  const ids = new Set(features.map((feature) => feature.id));
  const children = new Map<string, Feature[]>();
  const roots: Feature[] = [];
  for (const feature of features) {
    if (feature.parentId !== null && ids.has(feature.parentId) && feature.parentId !== feature.id) {
      const siblings = children.get(feature.parentId) ?? [];
      siblings.push(feature);
      children.set(feature.parentId, siblings);
    } else {
      roots.push(feature);
    }
  }
  const rows: FeatureRow[] = [];
  const placed = new Set<string>();
  const visit = (feature: Feature, depth: number) => {
    if (placed.has(feature.id)) return;
    placed.add(feature.id);
    rows.push({ feature, depth });
    for (const child of children.get(feature.id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  // items caught in a parent loop have no root: show them at the top level
  for (const feature of features) visit(feature, 0);
  return rows;
}
