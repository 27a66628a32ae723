import { createRoute } from '@tanstack/react-router';
import { WorkspaceHomePage } from '../features/workspaces/workspace-home-page';
import { workspaceRoute } from './workspace.route';

export const workspaceHomeRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/',
  component: function WorkspaceHomeRoute() {
    const { workspaceId } = workspaceHomeRoute.useParams();
    return <WorkspaceHomePage workspaceId={workspaceId} />;
  },
});
