import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishCommitted } from '../scheduling/committed-write';
import type { CalendarsService } from './calendars.service';

export function registerCalendarRoutes(app: FastifyInstance, calendars: CalendarsService): void {
  defineRoute(app, routes.listCalendars, async ({ actor, params }) => ({
    items: await calendars.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createCalendar, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await calendars.create(actor.userId, params.workspaceId, body)),
  );
  defineRoute(app, routes.getCalendar, async ({ actor, params }) =>
    calendars.get(actor.userId, params.calendarId),
  );
  defineRoute(app, routes.updateCalendar, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await calendars.update(actor.userId, params.calendarId, body)),
  );
  defineRoute(app, routes.deleteCalendar, async ({ actor, params, query }) =>
    publishCommitted(
      app,
      actor.userId,
      await calendars.delete(actor.userId, params.calendarId, query.version),
    ),
  );
}
