import type { FastifyInstance } from 'fastify';
import { isPlanEditMessage } from './plan-edit-message';
import type { ProjectScheduler } from './project-schedule.service';

/**
 * In a cluster worker (`TANDEM_WORKERS` > 1 on one SQLite file): sends each edit this process
 * takes in place to the primary, which relays it to the other workers (serve-cluster.ts), and
 * follows theirs. Without it each process's cached plans went stale with every edit another
 * process made, and the next edit there reloaded the whole plan.
 */
export function installPlanReplication(app: FastifyInstance, scheduler: ProjectScheduler): void {
  scheduler.replicateEditsTo((message) => {
    process.send?.(message);
  });
  const follow = (message: unknown) => {
    if (isPlanEditMessage(message)) scheduler.applyReplicatedEdit(message);
  };
  process.on('message', follow);
  app.addHook('onClose', async () => {
    process.off('message', follow);
  });
}
