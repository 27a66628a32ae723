import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishCommitted } from '../scheduling/committed-write';
import type { AssignmentsService } from './assignments.service';

export function registerAssignmentRoutes(app: FastifyInstance, assignments: AssignmentsService): void {
  defineRoute(app, routes.listAssignments, async ({ actor, params, query }) => ({
    items: await assignments.list(actor.userId, params.projectId, query ?? {}),
  }));
  defineRoute(app, routes.createAssignment, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await assignments.create(actor.userId, params.projectId, body)),
  );
  defineRoute(app, routes.getAssignment, async ({ actor, params }) =>
    assignments.get(actor.userId, params.assignmentId),
  );
  defineRoute(app, routes.updateAssignment, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await assignments.update(actor.userId, params.assignmentId, body)),
  );
  defineRoute(app, routes.deleteAssignment, async ({ actor, params, query }) =>
    publishCommitted(
      app,
      actor.userId,
      await assignments.delete(actor.userId, params.assignmentId, query.version),
    ),
  );
}
