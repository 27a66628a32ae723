/** The market page's tabs, in order; the value is what `?tab=` holds. */
export const MARKET_TABS = ['competitors', 'matrix', 'trends', 'swot'] as const;
export type MarketTab = (typeof MARKET_TABS)[number];

export const MARKET_TAB_LABELS: Readonly<Record<MarketTab, string>> = {
  competitors: 'Competitors',
  matrix: 'Feature comparison',
  trends: 'Trends',
  swot: 'SWOT',
};
