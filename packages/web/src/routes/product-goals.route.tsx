import { createRoute } from '@tanstack/react-router';
import { GoalsPage } from '../features/product-strategy/goals-page';
import { workspaceRoute } from './workspace.route';

export const productGoalsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/goals',
  component: function ProductGoalsRoute() {
    const { workspaceId } = productGoalsRoute.useParams();
    return <GoalsPage workspaceId={workspaceId} />;
  },
});
