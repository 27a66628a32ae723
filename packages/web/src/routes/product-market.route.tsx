import { createRoute } from '@tanstack/react-router';
import { MarketPage } from '../features/product-market/market-page';
import { MARKET_TABS, type MarketTab } from '../features/product-market/market-tabs';
import { workspaceRoute } from './workspace.route';

function isMarketTab(value: unknown): value is MarketTab {
  return typeof value === 'string' && (MARKET_TABS as readonly string[]).includes(value);
}

/** `?tab=` keeps the open tab in the address, so a reload or a shared link opens the same one. */
export const productMarketRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/market',
  validateSearch: (search: Record<string, unknown>): { tab?: MarketTab } =>
    isMarketTab(search.tab) ? { tab: search.tab } : {},
  component: function ProductMarketRoute() {
    const { workspaceId } = productMarketRoute.useParams();
    const { tab } = productMarketRoute.useSearch();
    const navigate = productMarketRoute.useNavigate();
    return (
      <MarketPage
        workspaceId={workspaceId}
        tab={tab ?? 'competitors'}
        onTabChange={(next) => void navigate({ search: { tab: next }, replace: true })}
      />
    );
  },
});
