import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateRoadmapSearch } from '../features/product/roadmap-search';
import { withLazyPage } from './lazy-page';
import { workspaceRoute } from './workspace.route';

const RoadmapPage = lazyRouteComponent(() => import('../features/product/roadmap-page'), 'RoadmapPage');

/** `?view=`, `?lanes=` and `?scale=` keep the tab and the timeline's swimlanes in the address. */
export const productRoadmapRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/roadmap',
  validateSearch: validateRoadmapSearch,
  component: withLazyPage(function ProductRoadmapRoute() {
    const { workspaceId } = productRoadmapRoute.useParams();
    const search = productRoadmapRoute.useSearch();
    const navigate = productRoadmapRoute.useNavigate();
    return (
      <RoadmapPage
        workspaceId={workspaceId}
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  }, RoadmapPage),
});
