import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withLazyPage } from './lazy-page';
import { rootRoute } from './root.route';

const SharedRoadmapPage = lazyRouteComponent(
  () => import('../features/product/shared-roadmap-page'),
  'SharedRoadmapPage',
);

/** The public roadmap of a share link: outside the signed-in shell, so no navigation and no session. */
export const productSharedRoadmapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'share/$token',
  component: withLazyPage(function ProductSharedRoadmapRoute() {
    const { token } = productSharedRoadmapRoute.useParams();
    return <SharedRoadmapPage token={token} />;
  }, SharedRoadmapPage),
});
