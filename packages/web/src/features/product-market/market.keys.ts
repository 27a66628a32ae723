/** Query keys of the stakeholder and market pages, all below the workspace so a resync refetches them. */
export const marketKeys = {
  stakeholders: (workspaceId: string) => ['workspaces', workspaceId, 'stakeholders'] as const,
  market: (workspaceId: string) => ['workspaces', workspaceId, 'market'] as const,
  competitors: (workspaceId: string) => ['workspaces', workspaceId, 'market', 'competitors'] as const,
  matrix: (workspaceId: string) => ['workspaces', workspaceId, 'market', 'matrix'] as const,
  trends: (workspaceId: string) => ['workspaces', workspaceId, 'market', 'trends'] as const,
  swot: (workspaceId: string, productId: string) =>
    ['workspaces', workspaceId, 'market', 'swot', productId] as const,
  /** The products, as pickers here need them (own key: other pages may cache them in another shape). */
  products: (workspaceId: string) => ['workspaces', workspaceId, 'products', 'pickers'] as const,
};
