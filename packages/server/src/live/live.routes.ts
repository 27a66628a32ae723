import fastifyWebsocket from '@fastify/websocket';
import { LIVE_PATH, liveCloseCodes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../auth/actor';
import { problems } from '../http/problem-error';
import { readSessionCookie } from '../sessions/session-cookie';
import { databaseLiveAccess, type LiveAccess } from './live-access';
import { LiveHub } from './live-hub';
import { refuseOrigin } from './origin-check';

export interface LiveRouteOptions {
  /** Origins besides the server's own that may open a live socket (`scheme://host[:port]`). */
  readonly allowedOrigins: readonly string[];
  readonly authenticate: (sessionToken: string | undefined) => Promise<Actor | null>;
  /** Ping period, milliseconds (default 15 s); a socket silent for a whole period is dropped. */
  readonly heartbeatMs?: number;
  /** Bytes queued for one client before it is dropped as too slow (default 1 MiB). */
  readonly maxBufferedBytes?: number;
  /** How long a membership answer is trusted, milliseconds (default 1 s). */
  readonly membershipTtlMs?: number;
  readonly maxSubscriptions?: number;
  /** Largest client frame, bytes (default 16 KiB; larger ones close the socket with 1009). */
  readonly maxPayloadBytes?: number;
  /** Membership lookups (default: the app's database). */
  readonly access?: LiveAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The live sockets of this process (tests drive its heartbeat). */
    liveHub: LiveHub;
  }
}

/**
 * `GET /api/v1/live`: the WebSocket of live updates (contract in `@tandem/api` contracts/live).
 * The handshake needs a session cookie (401 otherwise) and an Origin of this server or the allow
 * list (403 otherwise); then the client subscribes to projects or workspaces it is a member of and
 * receives the ids of what others change there.
 */
export async function registerLiveRoutes(app: FastifyInstance, options: LiveRouteOptions): Promise<void> {
  await app.register(fastifyWebsocket, { options: { maxPayload: options.maxPayloadBytes ?? 16 * 1024 } });
  const hub = new LiveHub(app.changeFeed, options.access ?? databaseLiveAccess(app.database.db), {
    authenticate: options.authenticate,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    maxBufferedBytes: options.maxBufferedBytes ?? 1024 * 1024,
    membershipTtlMs: options.membershipTtlMs ?? 1000,
    maxSubscriptions: options.maxSubscriptions ?? 200,
  });
  app.decorate('liveHub', hub);
  app.addHook('preClose', async () => hub.close());

  app.get(
    LIVE_PATH,
    {
      websocket: true,
      schema: { hide: true },
      preValidation: async (request) => {
        const refusal = refuseOrigin(request.headers.origin, request.host, options.allowedOrigins);
        if (refusal) throw problems.csrf(refusal);
        if (!request.actor) throw problems.unauthenticated('live updates need a session: sign in first');
      },
    },
    (socket, request) => {
      const actor = request.actor;
      if (!actor) {
        socket.close(liveCloseCodes.unauthenticated, 'no session');
        return;
      }
      const { connection, remove } = hub.add(socket, actor, readSessionCookie(request));
      socket.on('pong', () => {
        connection.alive = true;
      });
      socket.on('message', (data, isBinary) => {
        connection.alive = true;
        const text = isBinary ? null : frameText(data);
        connection.receive(text).catch((error: Error) => {
          request.log.warn({ err: error }, 'live: a client message failed');
          connection.close(1011, 'internal error');
        });
      });
      socket.on('close', remove);
      socket.on('error', () => remove());
    },
  );
}

function frameText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
