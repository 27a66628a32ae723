import { z } from 'zod';
import { idSchema } from './common';

/**
 * Live updates over one WebSocket at `GET /api/v1/live` (session cookie required, same origin).
 * The server only says *what* changed (ids); the client refetches what it shows, so every read
 * still goes through the permission checks of the REST routes.
 */
export const LIVE_PATH = '/api/v1/live';

/** Close codes the server uses (4000–4999 are the application's range). */
export const liveCloseCodes = {
  /** No valid session at connect time, or the session ended (signed out, expired). */
  unauthenticated: 4401,
  /** The client did not read its messages fast enough: reconnect and refetch. */
  tooSlow: 4408,
  /** The client missed heartbeats. */
  heartbeatTimeout: 4409,
  /** The server is shutting down: reconnect (to another process) with backoff. */
  goingAway: 1001,
} as const;

/** What a subscription follows: one project, or a whole workspace (every project in it). */
export const liveTargetSchema = z.union([
  z.strictObject({ projectId: idSchema }),
  z.strictObject({ workspaceId: idSchema }),
]);
export type LiveTarget = z.infer<typeof liveTargetSchema>;

/** The entities a change can touch (server `ChangeEntity`). */
export const changeEntitySchema = z.enum([
  'project',
  'task',
  'link',
  'calendar',
  'resource',
  'assignment',
  'baseline',
  'risk',
  'cost',
  'quality',
  'raid',
  'feature',
  'scorecard',
  'feedback',
  'release',
  'share-link',
  'goal',
  'product',
  'stakeholder',
  'market',
  'notification',
]);
export type ChangeEntityName = z.infer<typeof changeEntitySchema>;

/** One committed write: ids only, never rows. */
export const changeEventSchema = z.object({
  workspaceId: idSchema,
  /** Null for workspace-level objects (resources, calendars): they concern every project. */
  projectId: idSchema.nullable(),
  entity: changeEntitySchema,
  kind: z.enum(['upsert', 'delete']),
  ids: z.array(idSchema).readonly(),
  /** Tasks whose dates the write moved. */
  rescheduledTaskIds: z.array(idSchema).readonly().optional(),
  /** Who wrote it, so a client can skip echoes of its own writes. */
  actorId: idSchema,
});
export type LiveChangeEvent = z.infer<typeof changeEventSchema>;

/** Client → server. `ref` (optional) is echoed in the answer so a client can match them. */
export const liveClientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscribe'),
    target: liveTargetSchema,
    ref: z.string().max(64).optional(),
  }),
  z.strictObject({
    type: z.literal('unsubscribe'),
    target: liveTargetSchema,
    ref: z.string().max(64).optional(),
  }),
  /** Application-level ping (browsers cannot send protocol pings); answered with `pong`. */
  z.strictObject({ type: z.literal('ping'), ref: z.string().max(64).optional() }),
]);
export type LiveClientMessage = z.infer<typeof liveClientMessageSchema>;

/** Why the server sends an `error` frame; the socket stays open unless the code says otherwise. */
export const liveErrorCodeSchema = z.enum([
  /** Not JSON, or not one of the client messages (the `message` names the field). */
  'bad-message',
  /** The project or workspace does not exist or the user is not a member (never says which). */
  'not-found',
  /** Too many subscriptions on one socket. */
  'too-many-subscriptions',
]);

/** Server → client. */
export const liveServerMessageSchema = z.discriminatedUnion('type', [
  /** First frame after the upgrade: the socket is authenticated as `userId`. */
  z.object({ type: z.literal('ready'), userId: idSchema, heartbeatMs: z.number().int().positive() }),
  z.object({ type: z.literal('subscribed'), target: liveTargetSchema, ref: z.string().optional() }),
  /**
   * The subscription ended: on request, or because the user lost access (`revoked`); a revoked
   * client receives nothing more for the target.
   */
  z.object({
    type: z.literal('unsubscribed'),
    target: liveTargetSchema,
    reason: z.enum(['requested', 'revoked']),
    ref: z.string().optional(),
  }),
  z.object({ type: z.literal('change'), event: changeEventSchema }),
  z.object({ type: z.literal('pong'), ref: z.string().optional() }),
  z.object({
    type: z.literal('error'),
    code: liveErrorCodeSchema,
    message: z.string(),
    ref: z.string().optional(),
  }),
]);
export type LiveServerMessage = z.infer<typeof liveServerMessageSchema>;
