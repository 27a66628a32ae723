import { createRoute } from '@tanstack/react-router';
import { RoadmapPage } from '../features/product/roadmap-page';
import { workspaceRoute } from './workspace.route';

export const productRoadmapRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/roadmap',
  component: function ProductRoadmapRoute() {
    const { workspaceId } = productRoadmapRoute.useParams();
    return <RoadmapPage workspaceId={workspaceId} />;
  },
});
