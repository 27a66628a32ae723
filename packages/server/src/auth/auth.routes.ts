import { routes } from '@tandem/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defineRoute } from '../http/define-route';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../sessions/session-cookie';
import type { ClientInfo } from './actor';
import type { AuthService } from './auth.service';

export function registerAuthRoutes(app: FastifyInstance, auth: AuthService): void {
  defineRoute(app, routes.signUp, async ({ body, request, reply }) => {
    const issued = await auth.signUp(body, clientInfo(request));
    setSessionCookie(request, reply, issued.token, issued.session.expiresAt);
    return issued.session;
  });

  defineRoute(app, routes.signIn, async ({ body, request, reply }) => {
    const issued = await auth.signIn(body, clientInfo(request));
    setSessionCookie(request, reply, issued.token, issued.session.expiresAt);
    return issued.session;
  });

  defineRoute(app, routes.signOut, async ({ actor, request, reply }) => {
    await auth.signOut(actor);
    clearSessionCookie(request, reply);
    return undefined;
  });

  defineRoute(app, routes.getSession, async ({ actor }) => auth.view(actor));
}

function clientInfo(request: FastifyRequest): ClientInfo {
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? '',
    previousToken: readSessionCookie(request),
  };
}
