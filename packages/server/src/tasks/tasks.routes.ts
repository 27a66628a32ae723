import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import type { TasksService } from './tasks.service';

export function registerTaskRoutes(app: FastifyInstance, tasks: TasksService): void {
  defineRoute(app, routes.listTasks, async ({ actor, params }) => ({
    items: await tasks.list(actor.userId, params.projectId),
  }));
  defineRoute(app, routes.createTask, async ({ actor, params, body }) =>
    tasks.create(actor.userId, params.projectId, body),
  );
  defineRoute(app, routes.getTask, async ({ actor, params }) => tasks.get(actor.userId, params.taskId));
  defineRoute(app, routes.updateTask, async ({ actor, params, body }) =>
    tasks.update(actor.userId, params.taskId, body),
  );
  defineRoute(app, routes.deleteTask, async ({ actor, params }) => {
    await tasks.delete(actor.userId, params.taskId);
    return undefined;
  });
}
