import { createRoute } from '@tanstack/react-router';
import { ProjectListPage } from '../features/projects/project-list-page';
import { workspaceRoute } from './workspace.route';

export const projectsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'projects',
  component: function ProjectsRoute() {
    const { workspaceId } = projectsRoute.useParams();
    return <ProjectListPage workspaceId={workspaceId} />;
  },
});
