import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishCommitted } from '../scheduling/committed-write';
import { CHECKED_LIST_ITEMS, sampledListSerializer } from './sampled-list-serializer';
import { taskJson } from './task-json';
import type { TasksService } from './tasks.service';

export function registerTaskRoutes(app: FastifyInstance, tasks: TasksService): void {
  const checked = app.checksResponses ? CHECKED_LIST_ITEMS : 0;
  // a listing's tasks mostly went out before, unchanged: their JSON text is reused
  const listSerializer = sampledListSerializer(routes.listTasks.response, 'items', checked, taskJson);
  defineRoute(app, routes.listTasks, async ({ actor, params, query, reply }) => {
    const list = await tasks.listPage(actor.userId, params.projectId, query ?? {});
    reply.serializer(listSerializer);
    return list;
  });
  defineRoute(app, routes.createTask, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await tasks.create(actor.userId, params.projectId, body)),
  );
  defineRoute(app, routes.getTask, async ({ actor, params }) => tasks.get(actor.userId, params.taskId));
  // a write that moves a long critical chain answers with thousands of rescheduled tasks
  const writeSerializer = sampledListSerializer(routes.updateTask.response, 'rescheduled', checked);
  defineRoute(app, routes.updateTask, async ({ actor, params, body, reply }) => {
    const write = await tasks.update(actor.userId, params.taskId, body);
    reply.serializer(writeSerializer);
    return publishCommitted(app, actor.userId, write);
  });
  defineRoute(app, routes.indentTask, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await tasks.indent(actor.userId, params.taskId, body.version)),
  );
  defineRoute(app, routes.outdentTask, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await tasks.outdent(actor.userId, params.taskId, body.version)),
  );
  defineRoute(app, routes.deleteTask, async ({ actor, params, query }) =>
    publishCommitted(app, actor.userId, await tasks.delete(actor.userId, params.taskId, query.version)),
  );
}
