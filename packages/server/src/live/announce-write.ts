import type { FastifyInstance } from 'fastify';
import { publishCommitted } from '../scheduling/committed-write';
import type { ChangeEntity } from './change-feed';

/** A committed write's answer and where it happened: what a route needs to announce it. */
export interface ScopedWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
  /** The project it belongs to; omitted or null for workspace-level objects. */
  readonly projectId?: string | null;
}

/**
 * Announces a committed write on the app's change feed (ids only) and hands back its answer:
 * publishCommitted for services that return a ScopedWrite. Routes call it after the service's
 * transaction has committed, never inside it.
 */
export function announceWrite<T>(
  app: FastifyInstance,
  actorId: string,
  entity: ChangeEntity,
  write: ScopedWrite<T>,
  ids: readonly string[],
  kind: 'upsert' | 'delete' = 'upsert',
): T {
  const change = { workspaceId: write.workspaceId, projectId: write.projectId ?? null, entity, kind, ids };
  return publishCommitted(app, actorId, { body: write.value, change });
}
