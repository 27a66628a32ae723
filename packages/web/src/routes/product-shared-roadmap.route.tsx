import { createRoute } from '@tanstack/react-router';
import { SharedRoadmapPage } from '../features/product/shared-roadmap-page';
import { rootRoute } from './root.route';

/** The public roadmap of a share link: outside the signed-in shell, so no navigation and no session. */
export const productSharedRoadmapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'share/$token',
  component: function ProductSharedRoadmapRoute() {
    const { token } = productSharedRoadmapRoute.useParams();
    return <SharedRoadmapPage token={token} />;
  },
});
