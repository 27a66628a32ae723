import type { FastifyInstance } from 'fastify';
import type { ProjectScheduler } from './project-schedule.service';

/**
 * Has a serving app keep its projects' plans loaded (see PlanWarmer): every project once the app
 * is ready, in the background, and any project a read misses since. Loads stop before the app
 * closes its database.
 */
export function installPlanWarming(app: FastifyInstance, scheduler: ProjectScheduler): void {
  const warmer = scheduler.startWarming(app.database.db, (line) => app.log.warn(line));
  if (!warmer) return;
  app.addHook('onReady', async () => {
    const started = performance.now();
    warmer.warmAll().then(
      () => {
        const outcomes = [...warmer.outcomes].map(([outcome, n]) => `${n} ${outcome}`).join(', ');
        app.log.info(
          `plan warmer: stored plans loaded in ${Math.round(performance.now() - started)} ms (${outcomes || 'none'})`,
        );
      },
      (error: unknown) => app.log.warn(`plan warmer: start-up load failed: ${(error as Error).message}`),
    );
  });
  app.addHook('onClose', () => warmer.stop());
}
