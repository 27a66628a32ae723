import type { FastifyInstance } from 'fastify';
import type { ChangeNotice } from '../scheduling/committed-write';

/**
 * A write that touched several scopes (a workspace resource and the projects it was assigned in,
 * say): the answer, and one change notice per scope, announced after commit.
 */
export interface CommittedWrites<T> {
  readonly body: T;
  readonly changes: readonly ChangeNotice[];
}

/** Announces each change of a committed write on the app's change feed and hands back the answer. */
export function publishEach<T>(app: FastifyInstance, actorId: string, write: CommittedWrites<T>): T {
  for (const change of write.changes) app.changeFeed.publish({ ...change, actorId });
  return write.body;
}
