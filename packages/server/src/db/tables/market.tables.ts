/** Stakeholders, competitors, market trends and SWOTs (migration 0006). Conventions: see ../database.types.ts. */

/** A stakeholder; power and interest 1–5. */
export interface StakeholdersTable {
  workspace_id: string;
  id: string;
  product_id: string | null;
  name: string;
  role: string;
  organisation: string;
  power: number;
  interest: number;
  engagement_plan: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A competitor; `strengths` and `weaknesses` are JSON arrays of strings. */
export interface CompetitorsTable {
  workspace_id: string;
  id: string;
  name: string;
  website: string;
  profile: string;
  strengths: string;
  weaknesses: string;
  pricing: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One cell of the comparison matrix: full, partial, none, unknown. */
export interface CompetitorFeaturesTable {
  workspace_id: string;
  competitor_id: string;
  feature_id: string;
  support: string;
  note: string;
}

/** A market trend; `links` is a JSON array of URLs; impact low, medium, high. */
export interface MarketTrendsTable {
  workspace_id: string;
  id: string;
  title: string;
  description: string;
  impact: string;
  observed_on: string;
  links: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A product's SWOT; each quadrant a JSON array of strings. */
export interface ProductSwotsTable {
  workspace_id: string;
  product_id: string;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  version: number;
  updated_at: string;
}
