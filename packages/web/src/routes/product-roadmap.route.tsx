import { createRoute } from '@tanstack/react-router';
import { RoadmapPage } from '../features/product/roadmap-page';
import { validateRoadmapSearch } from '../features/product/roadmap-search';
import { workspaceRoute } from './workspace.route';

/** `?view=`, `?lanes=` and `?scale=` keep the tab and the timeline's swimlanes in the address. */
export const productRoadmapRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/roadmap',
  validateSearch: validateRoadmapSearch,
  component: function ProductRoadmapRoute() {
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
  },
});
