import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withLazyPage } from './lazy-page';
import { workspaceRoute } from './workspace.route';

const BacklogPage = lazyRouteComponent(() => import('../features/product/backlog-page'), 'BacklogPage');

export const productBacklogRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/backlog',
  component: withLazyPage(function ProductBacklogRoute() {
    const { workspaceId } = productBacklogRoute.useParams();
    return <BacklogPage workspaceId={workspaceId} />;
  }, BacklogPage),
});
