import type { Kysely, Updateable } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/create-database';
import type { Database, TasksTable } from '../db/database.types';
import { findProject } from '../projects/projects.repository';
import { taskJson } from '../tasks/task-json';
import { buildOutline } from '../tasks/task-outline';
import { listTasks, type TaskRow, updateTaskIfVersion } from '../tasks/tasks.repository';
import { TasksService } from '../tasks/tasks.service';
import { describeEachDatabase } from '../testing/databases';
import { ProjectScheduler, type RescheduleReport } from './project-schedule.service';
import { SchedulerCache } from './scheduler-cache';
import { openSeededPlans } from './seeded-plans.testkit';
import { loadStoredPlan } from './stored-plan-load';

/** Thrown to roll a transaction back once its outcome is captured. */
class RolledBack extends Error {}

interface Outcome {
  readonly report: RescheduleReport;
  readonly rows: TaskRow[];
  readonly finish: string | null;
}

const byId = (a: TaskRow, b: TaskRow) => (a.id < b.id ? -1 : 1);

describeEachDatabase('incremental reschedule', (database) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  let projectId: string;
  let userId: string;
  let leaves: string[];
  let summaryId: string;
  /** The process under test: its cache holds the project between edits. */
  const cached = new ProjectScheduler();

  beforeAll(async () => {
    const seeded = await openSeededPlans(database.config, {
      name: 'incremental',
      projects: 1,
      tasksPerProject: 250,
    });
    handle = seeded.handle;
    workspaceId = seeded.workspaceId;
    projectId = seeded.projectIds[0];
    userId = seeded.userId;
    const outline = buildOutline(await listTasks(handle.db, workspaceId, projectId));
    leaves = outline.filter((e) => !e.summary && e.task.duration > 0).map((e) => e.task.id);
    summaryId = outline.find((e) => e.summary)?.task.id ?? '';
    // warm the cache the way a first write does: one full reschedule by the process under test
    await handle.db.transaction().execute((trx) => cached.reschedule(trx, workspaceId, projectId));
  });

  afterAll(async () => {
    await handle?.db.destroy();
  });

  /** Writes `changes` to the task and reschedules with `scheduler`, in one transaction. */
  async function edit(
    trx: Kysely<Database>,
    scheduler: ProjectScheduler,
    taskId: string,
    changes: Updateable<TasksTable>,
    hint: boolean,
  ): Promise<Outcome> {
    const rows = await listTasks(trx, workspaceId, projectId);
    const task = rows.find((t) => t.id === taskId);
    if (!task) throw new Error(`no task ${taskId}`);
    const project = await findProject(trx, workspaceId, projectId);
    // as TasksService does before a field edit: the plan as stored, loaded again if it changed
    if (hint && project) await scheduler.holdStoredPlan(trx, project);
    const written = await updateTaskIfVersion(trx, workspaceId, taskId, task.version, {
      ...changes,
      version: task.version + 1,
      updated_at: `2030-01-01T00:00:0${task.version % 10}Z`,
    });
    expect(written?.id).toBe(taskId);
    // the written row as the caller hands it over on every other edit, read again on even ones
    const row = task.version % 2 === 0 ? undefined : written;
    const report = await scheduler.reschedule(
      trx,
      workspaceId,
      projectId,
      hint ? { taskId, row } : undefined,
    );
    const after = (await listTasks(trx, workspaceId, projectId)).sort(byId);
    const finish = (await findProject(trx, workspaceId, projectId))?.finish ?? null;
    return { report, rows: after, finish };
  }

  /**
   * A process that loaded the plan as stored (as the plan warmer does) and reschedules it whole:
   * it knows the analysis last answered, which is not stored, so it reports the same changes.
   */
  async function freshProcess(trx: Kysely<Database>): Promise<ProjectScheduler> {
    const cache = new SchedulerCache();
    const plan = await loadStoredPlan(trx, workspaceId, projectId);
    if (typeof plan === 'string') throw new Error(`the stored plan does not load: ${plan}`);
    cache.put(projectId, plan);
    return new ProjectScheduler(undefined, cache);
  }

  /**
   * Applies the edit twice: first with a fresh process (a full reschedule from the database) in
   * a transaction rolled back, then through the cached scheduler, committed; both must store the
   * same rows and finish and report the same changed tasks and analysis.
   */
  async function compare(taskId: string, changes: Updateable<TasksTable>): Promise<RescheduleReport> {
    let full: Outcome | undefined;
    await handle.db
      .transaction()
      .execute(async (trx) => {
        full = await edit(trx, await freshProcess(trx), taskId, changes, false);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    const incremental = await handle.db
      .transaction()
      .execute((trx) => edit(trx, cached, taskId, changes, true));
    expect(full?.report.incremental).toBeUndefined();
    expect([...incremental.report.changedTaskIds].sort()).toEqual(
      [...(full?.report.changedTaskIds ?? [])].sort(),
    );
    expect(incremental.rows).toEqual(full?.rows);
    expect(incremental.finish).toBe(full?.finish);
    expect(incremental.report.outline?.map((entry) => entry.task).sort(byId)).toEqual(full?.rows);
    expect(incremental.report.outline).toEqual(full?.report.outline);
    // reads may serve the cached rows while the stored stamp is the cache's
    const stamp = (await findProject(handle.db, workspaceId, projectId))?.plan_stamp ?? null;
    const stored = buildOutline(await listTasks(handle.db, workspaceId, projectId));
    const held = cached.storedOutline(projectId, stamp)?.outline;
    expect(held?.map(({ analysis: _analysis, ...entry }) => entry)).toEqual(stored);
    expect(held?.every((entry) => entry.analysis !== undefined)).toBe(true);
    return incremental.report;
  }

  it('stores and reports what a full reschedule does over a sequence of edits', async () => {
    const steps: [string, Updateable<TasksTable>][] = [
      [leaves[3], { duration: 4800 }],
      [leaves[40], { duration: 60 }],
      [leaves[3], { duration: 960 }],
      [leaves[10], { constraint_type: 'SNET', constraint_date: '2031-03-05T08:00:00' }],
      [leaves[11], { constraint_type: 'MFO', constraint_date: '2031-04-01T17:00:00' }],
      [leaves[10], { constraint_type: 'ASAP', constraint_date: null }],
      [leaves[60], { deadline: '2026-01-05T17:00:00', name: 'Renamed' }],
      [leaves[70], { duration: 0 }],
      [leaves[70], { duration: 2400, notes: 'longer again' }],
    ];
    let incremental = 0;
    for (const [taskId, changes] of steps) {
      const report = await compare(taskId, changes);
      if (report.incremental) incremental += 1;
    }
    // every step is an edit the cached scheduler takes in place
    expect(incremental).toBe(steps.length);
  });

  it('reloads the project for an edit it cannot take in place, then is warm again', async () => {
    const progress = await compare(leaves[5], { percent_complete: 40 });
    expect(progress.incremental).toBeUndefined();
    // a summary's dates come from its subtasks: any edit of one reloads the project
    const summary = await compare(summaryId, { name: 'A summary renamed' });
    expect(summary.incremental).toBeUndefined();
    const next = await compare(leaves[6], { duration: 7200 });
    expect(next.incremental).toBe(true);
  });

  it('loads the stored plan again after a write by another process or a rolled-back write', async () => {
    const otherProcess = new ProjectScheduler();
    await handle.db
      .transaction()
      .execute((trx) => edit(trx, otherProcess, leaves[8], { duration: 3000 }, true));
    const stamp = (await findProject(handle.db, workspaceId, projectId))?.plan_stamp ?? null;
    expect(cached.storedOutline(projectId, stamp)).toBeUndefined();
    // the edit finds its plan stale, loads it as stored, then takes the edit in place
    const afterOther = await compare(leaves[9], { duration: 1440 });
    expect(afterOther.incremental).toBe(true);
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await edit(trx, cached, leaves[12], { duration: 9600 }, true);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    const afterRollback = await compare(leaves[12], { duration: 480 });
    expect(afterRollback.incremental).toBe(true);
    // without the plan loaded first, a stale process reschedules whole and, not knowing the
    // analysis last answered (not stored), reports every task
    await handle.db
      .transaction()
      .execute((trx) => edit(trx, otherProcess, leaves[14], { duration: 720 }, false));
    const full = await handle.db
      .transaction()
      .execute((trx) => edit(trx, cached, leaves[15], { duration: 2880 }, false));
    expect(full.report.incremental).toBeUndefined();
    expect(full.report.changedTaskIds).toHaveLength(full.rows.length);
    const warm = await compare(leaves[13], { duration: 1920 });
    expect(warm.incremental).toBe(true);
  });

  it('answers task reads from the cached rows exactly as from the database', async () => {
    await compare(leaves[20], { duration: 5760, name: 'Read me back' });
    const fromCache = new TasksService(handle.db, cached);
    const fromDatabase = new TasksService(handle.db, new ProjectScheduler());
    const stamp = (await findProject(handle.db, workspaceId, projectId))?.plan_stamp ?? null;
    expect(cached.storedOutline(projectId, stamp)).toBeDefined();
    expect(await fromCache.list(userId, projectId)).toEqual(await fromDatabase.list(userId, projectId));
    for (const taskId of [leaves[20], leaves[21], summaryId]) {
      expect(await fromCache.get(userId, taskId)).toEqual(await fromDatabase.get(userId, taskId));
    }
  });

  it('edits the held outline in place unless a reader was lent it, and lists what is stored', async () => {
    const fromCache = new TasksService(handle.db, cached);
    const fromDatabase = new TasksService(handle.db, new ProjectScheduler());
    const stampNow = async () => (await findProject(handle.db, workspaceId, projectId))?.plan_stamp ?? null;
    await compare(leaves[30], { duration: 2400 });
    // pages answer JSON text kept in part on the rows, which an edit in place updates
    const pageJson = async (service: TasksService) => {
      const texts: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await service.listPage(userId, projectId, { limit: 50, cursor });
        texts.push(...page.items.map(taskJson));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return texts;
    };
    // (listed page by page, not whole: a whole listing is kept as it is presented)
    await pageJson(fromCache);
    // a listing kept for the outline array must not outlive an edit made in place
    expect(await fromCache.list(userId, projectId)).toEqual(await fromDatabase.list(userId, projectId));
    const peeked = cached.storedOutline(projectId, await stampNow())?.outline;
    const before = [...(peeked ?? [])];
    const rowsBefore = before.map((entry) => ({ ...entry.task }));
    const inPlace = await compare(leaves[30], { duration: 7200 });
    expect(inPlace.incremental).toBe(true);
    const after = cached.storedOutline(projectId, await stampNow())?.outline;
    expect(after).toBe(peeked);
    expect(after?.some((entry, i) => entry !== before[i])).toBe(true);
    // the other moved tasks' dates are written into the rows their entries hold
    const movedInPlace = after?.filter(
      (entry, i) =>
        entry.task.id !== leaves[30] &&
        entry.task === before[i].task &&
        entry.task.finish !== rowsBefore[i].finish,
    );
    expect(movedInPlace?.length).toBeGreaterThan(0);
    expect(await pageJson(fromCache)).toEqual(await pageJson(fromDatabase));
    expect(await fromCache.list(userId, projectId)).toEqual(await fromDatabase.list(userId, projectId));
    // a reader that reads after an await keeps the outline as it was lent
    const lent = (await cached.storedOutlineSoon(projectId, await stampNow()))?.outline;
    const asLent = [...(lent ?? [])];
    const lentAnalysis = asLent.map((entry) => ({ ...entry.analysis }));
    const lentRows = asLent.map((entry) => ({ ...entry.task }));
    const copied = await compare(leaves[30], { duration: 480 });
    expect(copied.incremental).toBe(true);
    const next = cached.storedOutline(projectId, await stampNow())?.outline;
    expect(next).not.toBe(lent);
    expect(lent?.every((entry, i) => entry === asLent[i])).toBe(true);
    // (with the rows and analysis it was lent with: only a plan no one holds is updated in place)
    expect(lent?.map((entry) => ({ ...entry.analysis }))).toEqual(lentAnalysis);
    expect(lent?.map((entry) => ({ ...entry.task }))).toEqual(lentRows);
    expect(next?.map((entry) => ({ ...entry.analysis }))).not.toEqual(lentAnalysis);
    expect(next?.some((entry, i) => entry !== asLent[i])).toBe(true);
    // also after a second edit that moves other tasks than the first (the copy shares nothing)
    await compare(leaves[leaves.length - 1], { duration: 48000 });
    expect(lent?.every((entry, i) => entry === asLent[i])).toBe(true);
    expect(lent?.map((entry) => ({ ...entry.analysis }))).toEqual(lentAnalysis);
    expect(lent?.map((entry) => ({ ...entry.task }))).toEqual(lentRows);
    // so does one that read the plan as the planned outline (a listing's or a 409's path)
    const planned = (await cached.plannedOutline(handle.db, workspaceId, projectId)).outline;
    expect(planned).toBe(next);
    const asPlanned = [...planned];
    await compare(leaves[30], { duration: 1440 });
    expect(planned.every((entry, i) => entry === asPlanned[i])).toBe(true);
    expect(cached.storedOutline(projectId, await stampNow())?.outline).not.toBe(planned);
    // and a single read after an edit in place answers what is stored
    await compare(leaves[30], { duration: 2880 });
    for (const taskId of [leaves[30], leaves[31], summaryId]) {
      expect(await fromCache.get(userId, taskId)).toEqual(await fromDatabase.get(userId, taskId));
    }
  });
});
