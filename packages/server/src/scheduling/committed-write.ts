import type { ScheduleChanges } from '@tandem/api';
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

/** The ids of every task an answer's schedule changes name, moved or reanalysed: what other viewers read again. */
export function changedIdsOf(changes: ScheduleChanges): string[] {
  const ids: string[] = [];
  for (const task of changes.rescheduled) ids.push(task.id);
  for (const analysis of changes.reanalysed) ids.push(analysis.id);
  return ids;
}
