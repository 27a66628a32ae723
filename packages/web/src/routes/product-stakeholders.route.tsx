import { createRoute } from '@tanstack/react-router';
import { StakeholdersPage } from '../features/product-market/stakeholders-page';
import { workspaceRoute } from './workspace.route';

export const productStakeholdersRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/stakeholders',
  component: function ProductStakeholdersRoute() {
    const { workspaceId } = productStakeholdersRoute.useParams();
    return <StakeholdersPage workspaceId={workspaceId} />;
  },
});
