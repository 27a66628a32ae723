import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import type { WorkspacesService } from './workspaces.service';

export function registerWorkspaceRoutes(app: FastifyInstance, workspaces: WorkspacesService): void {
  defineRoute(app, routes.listWorkspaces, async ({ actor }) => ({
    items: await workspaces.list(actor.userId),
  }));
  defineRoute(app, routes.createWorkspace, async ({ actor, body }) =>
    workspaces.create(actor.userId, body.name),
  );
  defineRoute(app, routes.getWorkspace, async ({ actor, params }) =>
    workspaces.get(actor.userId, params.workspaceId),
  );
  defineRoute(app, routes.listMembers, async ({ actor, params }) => ({
    items: await workspaces.members(actor.userId, params.workspaceId),
  }));
}
