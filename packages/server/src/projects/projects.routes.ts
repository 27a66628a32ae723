import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishCommitted } from '../scheduling/committed-write';
import type { ProjectsService } from './projects.service';

export function registerProjectRoutes(app: FastifyInstance, projects: ProjectsService): void {
  defineRoute(app, routes.listProjects, async ({ actor, params }) => ({
    items: await projects.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createProject, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await projects.create(actor.userId, params.workspaceId, body)),
  );
  defineRoute(app, routes.getProject, async ({ actor, params }) =>
    projects.get(actor.userId, params.projectId),
  );
  defineRoute(app, routes.updateProject, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await projects.update(actor.userId, params.projectId, body)),
  );
  defineRoute(app, routes.deleteProject, async ({ actor, params, query }) =>
    publishCommitted(app, actor.userId, await projects.delete(actor.userId, params.projectId, query.version)),
  );
}
