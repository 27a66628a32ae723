import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { MARKET_TABS, type MarketTab } from '../features/product-market/market-tabs';
import { withLazyPage } from './lazy-page';
import { workspaceRoute } from './workspace.route';

const MarketPage = lazyRouteComponent(() => import('../features/product-market/market-page'), 'MarketPage');

function isMarketTab(value: unknown): value is MarketTab {
  return typeof value === 'string' && (MARKET_TABS as readonly string[]).includes(value);
}

/** `?tab=` keeps the open tab in the address, so a reload or a shared link opens the same one. */
export const productMarketRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/market',
  validateSearch: (search: Record<string, unknown>): { tab?: MarketTab } =>
    isMarketTab(search.tab) ? { tab: search.tab } : {},
  component: withLazyPage(function ProductMarketRoute() {
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
  }, MarketPage),
});
