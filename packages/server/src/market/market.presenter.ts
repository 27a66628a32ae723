import type { Competitor, MarketTrend, Swot } from '@tandem/api';
import type { CompetitorRow, MarketTrendRow, SwotRow } from './market.repository';

/** A stored JSON array of strings; anything else reads as empty. */
export function parseStrings(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function presentCompetitor(row: CompetitorRow): Competitor {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    website: row.website,
    profile: row.profile,
    strengths: parseStrings(row.strengths),
    weaknesses: parseStrings(row.weaknesses),
    pricing: row.pricing,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentTrend(row: MarketTrendRow): MarketTrend {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    description: row.description,
    impact: row.impact as MarketTrend['impact'],
    observedOn: row.observed_on,
    links: parseStrings(row.links),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A product's SWOT; an empty one at version 0 before the first save. */
export function presentSwot(productId: string, row: SwotRow | undefined): Swot {
  return {
    productId,
    strengths: row ? parseStrings(row.strengths) : [],
    weaknesses: row ? parseStrings(row.weaknesses) : [],
    opportunities: row ? parseStrings(row.opportunities) : [],
    threats: row ? parseStrings(row.threats) : [],
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}
