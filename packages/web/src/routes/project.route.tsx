import { createRoute } from '@tanstack/react-router';
import { ProjectPage, parseProjectSearch } from '../features/projects/project-page';
import { prefetchProject } from '../features/projects/project-prefetch';
import { workspaceRoute } from './workspace.route';

export const projectRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'projects/$projectId',
  loader: ({ context, params, location, preload }) =>
    prefetchProject(context.queryClient, {
      ...params,
      view: parseProjectSearch(location.search).view,
      preload,
    }),
  component: function ProjectRoute() {
    const { workspaceId, projectId } = projectRoute.useParams();
    return <ProjectPage workspaceId={workspaceId} projectId={projectId} />;
  },
});
