import { createRoute } from '@tanstack/react-router';
import { BacklogPage } from '../features/product/backlog-page';
import { workspaceRoute } from './workspace.route';

export const productBacklogRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/backlog',
  component: function ProductBacklogRoute() {
    const { workspaceId } = productBacklogRoute.useParams();
    return <BacklogPage workspaceId={workspaceId} />;
  },
});
