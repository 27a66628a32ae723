import { createRoute } from '@tanstack/react-router';
import { AppLayout } from '../components/shell/app-layout';
import { authenticatedRoute } from './authenticated.route';

/** The app shell around every page of one workspace. */
export const workspaceRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'w/$workspaceId',
  component: function WorkspaceRoute() {
    const { workspaceId } = workspaceRoute.useParams();
    const { session } = workspaceRoute.useRouteContext();
    return <AppLayout workspaceId={workspaceId} session={session} />;
  },
});
