import type { FastifyInstance } from 'fastify';
import type { ChangeEvent } from '../live/change-feed';

/** What a committed write announces, less the actor (the route knows who called). */
export type ChangeNotice = Omit<ChangeEvent, 'actorId'>;

/**
 * A service write's outcome: the answer for the client, and the change to announce to other
 * viewers. Services return it from inside their transaction; routes publish once it has committed.
 */
export interface CommittedWrite<T> {
  readonly body: T;
  readonly change: ChangeNotice;
}

/** Announces a committed write on the app's change feed and hands back the answer. */
export function publishCommitted<T>(app: FastifyInstance, actorId: string, write: CommittedWrite<T>): T {
  app.changeFeed.publish({ ...write.change, actorId });
  return write.body;
}

/** Ids of tasks in an answer's `rescheduled` list. */
export function idsOf(tasks: readonly { readonly id: string }[]): string[] {
  return tasks.map((t) => t.id);
}
