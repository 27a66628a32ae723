import { createRoute } from '@tanstack/react-router';
import { ProjectPage } from '../features/projects/project-page';
import { workspaceRoute } from './workspace.route';

export const projectRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'projects/$projectId',
  component: function ProjectRoute() {
    const { workspaceId, projectId } = projectRoute.useParams();
    return <ProjectPage workspaceId={workspaceId} projectId={projectId} />;
  },
});
