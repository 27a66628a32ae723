import { CSRF_HEADER } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { problems } from '../http/problem-error';
import { readSessionCookie } from '../sessions/session-cookie';
import { sameToken } from '../sessions/session-token';
import type { Actor } from './actor';
import type { AuthService } from './auth.service';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in caller, or null (set for every /api/v1/ request by the session hook). */
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that open a session: they check Origin instead of a CSRF token (there is none yet). */
const SESSION_OPENERS = new Set(['/api/v1/auth/sign-in', '/api/v1/auth/sign-up']);

/**
 * Resolves the session cookie to an actor before validation, then protects state-changing
 * requests: with a session they must carry `x-csrf-token` equal to the session's token; sign-in
 * and sign-up must not come from another origin.
 */
export function installSessionHook(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    // sessions matter to the versioned API only (not to health, docs or the web app's files)
    if (!request.url.startsWith('/api/v1/')) return;
    const path = request.url.split('?')[0];
    if (SESSION_OPENERS.has(path)) {
      checkOrigin(request.headers.origin, request.host);
      return;
    }
    request.actor = await auth.authenticate(readSessionCookie(request));
    if (!request.actor || SAFE_METHODS.has(request.method)) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || sent === '') {
      throw problems.csrf(`state-changing requests must send the ${CSRF_HEADER} header from the session`);
    }
    if (!sameToken(sent, request.actor.csrfToken)) {
      throw problems.csrf(`the ${CSRF_HEADER} header does not match the session`);
    }
  });
}

function checkOrigin(origin: string | undefined, host: string): void {
  if (!origin) return;
  if (origin === 'null') throw problems.csrf('sign-in from an opaque origin ("null") is refused');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw problems.csrf(`the Origin header "${origin}" is not a URL`);
  }
  if (originHost !== host)
    throw problems.csrf(`cross-origin sign-in refused: Origin ${origin} is not ${host}`);
}
