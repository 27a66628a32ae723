import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withLazyPage } from './lazy-page';
import { workspaceRoute } from './workspace.route';

const StakeholdersPage = lazyRouteComponent(
  () => import('../features/product-market/stakeholders-page'),
  'StakeholdersPage',
);

export const productStakeholdersRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/stakeholders',
  component: withLazyPage(function ProductStakeholdersRoute() {
    const { workspaceId } = productStakeholdersRoute.useParams();
    return <StakeholdersPage workspaceId={workspaceId} />;
  }, StakeholdersPage),
});
