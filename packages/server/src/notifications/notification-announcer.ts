import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import type { ChangeEntity, ChangeEvent } from '../live/change-feed';
import { type AnnounceHints, announceHints } from './announce-hints';
import { claimUnannounced } from './notifications.repository';

/** Writes that can move a forecast or a target, and so may have written notifications. */
const SOURCES: ReadonlySet<ChangeEntity> = new Set<ChangeEntity>([
  'project',
  'task',
  'link',
  'calendar',
  'resource',
  'assignment',
  'feature',
  'release',
]);

/**
 * The outbox's far end. Notifications are written inside the rescheduling write's transaction,
 * which a route announces only after it commits; when such an announcement arrives, the workspace's
 * not-yet-announced notifications are claimed and announced as `notification` changes (ids only;
 * each viewer refetches its own). A rolled-back write leaves no rows, so nothing false is announced.
 * Only workspaces where this process wrote notifications are looked at (`AnnounceHints`): the
 * process that wrote them is the one whose route announces the write. Claims run one at a time;
 * `app.close()` waits for the last.
 */
export function announceNotifications(
  app: FastifyInstance,
  db: Kysely<Database>,
  hints: AnnounceHints = announceHints,
): void {
  let tail: Promise<void> = Promise.resolve();
  let closing = false;
  const drain = async (event: ChangeEvent) => {
    // most writes made no notification: no query then
    if (closing || !hints.has(event.workspaceId)) return;
    const ids = await claimUnannounced(db, event.workspaceId, nowUtc());
    hints.claimed(event.workspaceId, ids.length);
    if (ids.length === 0) return;
    app.changeFeed.publish({
      workspaceId: event.workspaceId,
      projectId: null,
      entity: 'notification',
      kind: 'upsert',
      ids,
      actorId: event.actorId,
    });
  };
  const unsubscribe = app.changeFeed.subscribe((event) => {
    if (!SOURCES.has(event.entity)) return;
    tail = tail
      .then(() => drain(event))
      .catch((error: unknown) =>
        app.log.warn(`announcing notifications failed: ${(error as Error).message}`),
      );
  });
  app.addHook('preClose', async () => {
    closing = true;
    unsubscribe();
    await tail;
  });
}
