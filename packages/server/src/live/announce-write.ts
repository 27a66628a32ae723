import type { FastifyInstance } from 'fastify';
import type { ChangeEntity } from './change-feed';

/** A committed write's answer and where it happened: what a route needs to announce it. */
export interface ScopedWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
  /** The project it belongs to; omitted or null for workspace-level objects. */
  readonly projectId?: string | null;
}

/**
 * Announces a committed write on the app's change feed (ids only) and hands back its answer.
 * Routes call it after the service's transaction has committed, never inside it.
 */
export function announceWrite<T>(
  app: FastifyInstance,
  actorId: string,
  entity: ChangeEntity,
  write: ScopedWrite<T>,
  ids: readonly string[],
  kind: 'upsert' | 'delete' = 'upsert',
): T {
  app.changeFeed.publish({
    workspaceId: write.workspaceId,
    projectId: write.projectId ?? null,
    entity,
    kind,
    ids,
    actorId,
  });
  return write.value;
}
