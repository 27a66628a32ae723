import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/create-database';
import { findProject } from '../projects/projects.repository';
import { describeEachDatabase } from '../testing/databases';
import { ProjectScheduler } from './project-schedule.service';
import { SchedulerCache } from './scheduler-cache';
import { openSeededPlans } from './seeded-plans.testkit';
import { loadStoredPlan } from './stored-plan-load';

describeEachDatabase('plan warmer and reads that miss the cache', (database) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  let projectIds: readonly string[];

  beforeAll(async () => {
    const seeded = await openSeededPlans(database.config, {
      name: 'warmer',
      projects: 3,
      tasksPerProject: 100,
    });
    handle = seeded.handle;
    workspaceId = seeded.workspaceId;
    projectIds = seeded.projectIds;
  });
  afterAll(async () => {
    await handle?.close();
  });

  const stamp = async (projectId: string) =>
    (await findProject(handle.db, workspaceId, projectId))?.plan_stamp ?? null;

  it('loads every project at start-up, so reads find them under the stored stamp', async () => {
    const scheduler = new ProjectScheduler();
    const warmer = scheduler.startWarming(handle.db, (line) => {
      throw new Error(line);
    });
    await warmer?.warmAll();
    expect(Object.fromEntries(warmer?.outcomes ?? [])).toEqual({ cached: 3 });
    for (const projectId of projectIds) {
      const held = scheduler.storedOutline(projectId, await stamp(projectId));
      expect(held?.outline).toHaveLength(100);
    }
  });

  it('loads only as many projects as the cache holds at start-up', async () => {
    // room for two 100-task plans of three
    const scheduler = new ProjectScheduler(undefined, new SchedulerCache(250));
    const warmer = scheduler.startWarming(handle.db, () => {});
    await warmer?.warmAll();
    const held = [];
    for (const projectId of projectIds) held.push(scheduler.storedOutline(projectId, await stamp(projectId)));
    expect(held.filter(Boolean)).toHaveLength(2);
  });

  it('has a read that misses the cache load the plan, once however many read at the same time', async () => {
    const scheduler = new ProjectScheduler();
    const reads = await Promise.all(
      Array.from({ length: 5 }, () => scheduler.plannedOutline(handle.db, workspaceId, projectIds[0])),
    );
    const held = scheduler.storedOutline(projectIds[0], await stamp(projectIds[0]));
    expect(held).toBeDefined();
    // one load: every read answers from the one plan it put in the cache
    for (const read of reads) expect(read.outline).toBe(held?.outline);
    expect(held?.outline.every((entry) => entry.analysis !== undefined)).toBe(true);
    expect(scheduler.storedOutline(projectIds[1], await stamp(projectIds[1]))).toBeUndefined();
  });

  it('does not hold a plan whose stored dates differ from what the engine computes', async () => {
    const projectId = projectIds[2];
    const first = await handle.db
      .selectFrom('tasks')
      .select(['id', 'start'])
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', projectId)
      .where('parent_id', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await sql`update tasks set start = ${'2020-01-01T08:00:00'} where workspace_id = ${workspaceId} and id = ${first.id}`.execute(
      handle.db,
    );
    try {
      expect(await loadStoredPlan(handle.db, workspaceId, projectId)).toBe('stale');
      const scheduler = new ProjectScheduler();
      const warmer = scheduler.startWarming(handle.db, () => {});
      await warmer?.warmAll();
      expect(Object.fromEntries(warmer?.outcomes ?? [])).toEqual({ cached: 2, stale: 1 });
      expect(scheduler.storedOutline(projectId, await stamp(projectId))).toBeUndefined();
      // a read presents the stored rows with the analysis computed for it, and caches nothing
      const read = await scheduler.plannedOutline(handle.db, workspaceId, projectId);
      expect(read.outline.find((entry) => entry.task.id === first.id)?.task.start).toBe(
        '2020-01-01T08:00:00',
      );
      expect(read.outline.every((entry) => entry.analysis !== undefined)).toBe(true);
      expect(scheduler.storedOutline(projectId, await stamp(projectId))).toBeUndefined();
    } finally {
      await sql`update tasks set start = ${first.start} where workspace_id = ${workspaceId} and id = ${first.id}`.execute(
        handle.db,
      );
    }
    expect(await loadStoredPlan(handle.db, workspaceId, 'not-a-project')).toBe('absent');
  });

  it('stops loading when stopped, so the database can close under it', async () => {
    const scheduler = new ProjectScheduler();
    const warmer = scheduler.startWarming(handle.db, () => {});
    const warming = warmer?.warmAll();
    await warmer?.stop();
    await warming;
    await warmer?.warmAll();
    expect([...(warmer?.outcomes.values() ?? [])].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
  });
});
