import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { CalendarsService } from '../calendars/calendars.service';
import type { DatabaseHandle } from '../db/create-database';
import { LinksService } from '../links/links.service';
import { findProject } from '../projects/projects.repository';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';
import { TasksService } from '../tasks/tasks.service';
import { describeEachDatabase } from '../testing/databases';
import { ProjectScheduler } from './project-schedule.service';
import { openSeededPlans } from './seeded-plans.testkit';
import { loadStoredPlan } from './stored-plan-load';

/**
 * Two serving processes on one database, without plan replication (PostgreSQL servers): each
 * write by one leaves the other's cached plan stale. The analysis is not stored, so a write by the
 * stale process must load the plan as stored before it writes, to answer with only what changed.
 */
describeEachDatabase('writes by a process whose cached plan another process changed', (database) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  let projectId: string;
  let userId: string;
  let leaves: string[];
  const first = new ProjectScheduler();
  const second = new ProjectScheduler();

  beforeAll(async () => {
    const seeded = await openSeededPlans(database.config, {
      name: 'stale',
      projects: 1,
      tasksPerProject: 100,
    });
    handle = seeded.handle;
    workspaceId = seeded.workspaceId;
    projectId = seeded.projectIds[0];
    userId = seeded.userId;
    const outline = buildOutline(await listTasks(handle.db, workspaceId, projectId));
    leaves = outline.filter((e) => !e.summary).map((e) => e.task.id);
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** A task's version as stored. */
  const version = async (taskId: string) =>
    (await listTasks(handle.db, workspaceId, projectId)).find((t) => t.id === taskId)?.version ?? 0;

  /** The second process's cached plan equals the plan as stored, analysis included. */
  async function expectSecondHoldsStoredPlan(): Promise<void> {
    const stamp = (await findProject(handle.db, workspaceId, projectId))?.plan_stamp ?? null;
    const stored = await loadStoredPlan(handle.db, workspaceId, projectId);
    if (typeof stored === 'string') throw new Error(`the stored plan does not load: ${stored}`);
    expect(second.storedOutline(projectId, stamp)?.outline).toEqual(stored.outline);
  }

  it('answers a task edit, a new task and a new link with the tasks they changed, not every task', async () => {
    const firstTasks = new TasksService(handle.db, first);
    const secondTasks = new TasksService(handle.db, second);
    const secondLinks = new LinksService(handle.db, second);
    // both processes hold the plan, then the first edits it
    await secondTasks.list(userId, projectId);
    await firstTasks.update(userId, leaves[5], { version: await version(leaves[5]), duration: 2880 });

    const edit = await secondTasks.update(userId, leaves[6], {
      version: await version(leaves[6]),
      duration: 4320,
    });
    expect(edit.body.rescheduled.length).toBeLessThan(leaves.length / 2);
    await expectSecondHoldsStoredPlan();

    await firstTasks.update(userId, leaves[7], { version: await version(leaves[7]), duration: 960 });
    const created = await secondTasks.create(userId, projectId, { name: 'Added late', duration: 480 });
    expect(created.body.rescheduled.length).toBeLessThan(leaves.length / 2);
    await expectSecondHoldsStoredPlan();

    await firstTasks.update(userId, leaves[8], { version: await version(leaves[8]), duration: 1440 });
    const linked = await secondLinks.create(userId, projectId, {
      predecessorId: created.body.task.id,
      successorId: leaves[9],
      type: 'FS',
      lag: 0,
    });
    expect(linked.body.rescheduled.length).toBeLessThan(leaves.length / 2);
    await expectSecondHoldsStoredPlan();
  });

  /**
   * A new calendar (a copy of the standard week) for the project, rescheduled by the first process;
   * the second loads the plan, then the first edits `taskId` (so the second's plan is stale).
   */
  async function calendarWithStalePlan(name: string, taskId: string, duration: number) {
    const created = (await new CalendarsService(handle.db, first).create(userId, workspaceId, { name })).body;
    // the project on a copy of the standard week: its dates stay as they are
    await handle.db
      .updateTable('projects')
      .set({ calendar_id: created.id })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', projectId)
      .execute();
    await handle.db.transaction().execute((trx) => first.reschedule(trx, workspaceId, projectId));
    await new TasksService(handle.db, second).list(userId, projectId);
    await new TasksService(handle.db, first).update(userId, taskId, {
      version: await version(taskId),
      duration,
    });
    return created;
  }

  it('answers a calendar change with the tasks it moved, not every task', async () => {
    const created = await calendarWithStalePlan('Site', leaves[13], 1920);

    // a rename moves nothing: the stale process must not answer with every task
    const renamed = await new CalendarsService(handle.db, second).update(userId, created.id, {
      version: created.version,
      name: 'Site office',
    });
    expect(renamed.body.calendar.name).toBe('Site office');
    expect(renamed.body.rescheduled).toEqual([]);
    await expectSecondHoldsStoredPlan();
  });

  it('holds the plan from before a calendar change that moves tasks, and answers with them', async () => {
    const created = await calendarWithStalePlan('Yard', leaves[14], 1440);
    const before = await listTasks(handle.db, workspaceId, projectId);
    // a day off where the last of the tasks starts: it and what follows it move
    const latest = before
      .filter((t) => t.duration > 0)
      .reduce((last, t) => (t.start > last.start ? t : last));
    const dayOff = latest.start.slice(0, 10);

    // what the calendar said when the stale process locked the project and held its plan: the
    // plan must be held as computed before the change (loaded after it, the stored dates no
    // longer match the calendar and the analysis cannot be compared: every task is answered)
    const calendarAtLock: string[] = [];
    const lockPlan = second.lockPlan.bind(second);
    const spy = vi.spyOn(second, 'lockPlan').mockImplementation(async (trx, ws, id) => {
      const row = await trx
        .selectFrom('calendars')
        .select('exceptions')
        .where('workspace_id', '=', ws)
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      calendarAtLock.push(row.exceptions);
      return lockPlan(trx, ws, id);
    });
    let changed: Awaited<ReturnType<CalendarsService['update']>>;
    try {
      changed = await new CalendarsService(handle.db, second).update(userId, created.id, {
        version: created.version,
        exceptions: [{ from: dayOff, to: dayOff, working: false, ranges: [] }],
      });
    } finally {
      spy.mockRestore();
    }
    expect(calendarAtLock.map((text) => JSON.parse(text))).toEqual([[]]);

    const after = await listTasks(handle.db, workspaceId, projectId);
    const was = new Map(before.map((t) => [t.id, t]));
    const moved = after.filter((t) => t.start !== was.get(t.id)?.start || t.finish !== was.get(t.id)?.finish);
    expect(moved.map((t) => t.id)).toContain(latest.id);
    const answered = new Set(changed.body.rescheduled.map((t) => t.id));
    for (const task of moved) expect(answered.has(task.id), task.name).toBe(true);
    await expectSecondHoldsStoredPlan();
  });

  it('leaves no plan of rows a rolled-back write had changed', async () => {
    // an outdent that fails after it adopted siblings, in the stale process
    await new TasksService(handle.db, first).update(userId, leaves[10], {
      version: await version(leaves[10]),
      duration: 2400,
    });
    const failing = handle.db.transaction().execute(async (trx) => {
      const project = await second.lockPlan(trx, workspaceId, projectId);
      expect(project).toBeDefined();
      await trx.updateTable('tasks').set({ parent_id: leaves[11] }).where('id', '=', leaves[12]).execute();
      throw new Error('rolled back');
    });
    await expect(failing).rejects.toThrow('rolled back');
    await expectSecondHoldsStoredPlan();
  });
});
