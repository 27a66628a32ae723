import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withLazyPage } from './lazy-page';
import { workspaceRoute } from './workspace.route';

const GoalsPage = lazyRouteComponent(() => import('../features/product-strategy/goals-page'), 'GoalsPage');

export const productGoalsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/goals',
  component: withLazyPage(function ProductGoalsRoute() {
    const { workspaceId } = productGoalsRoute.useParams();
    return <GoalsPage workspaceId={workspaceId} />;
  }, GoalsPage),
});
