import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/create-database';
import { findProject } from '../projects/projects.repository';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';
import { TasksService } from '../tasks/tasks.service';
import { describeEachDatabase } from '../testing/databases';
import type { PlanEditMessage } from './plan-edit-message';
import { ProjectScheduler } from './project-schedule.service';
import { openSeededPlans } from './seeded-plans.testkit';
import { loadStoredPlan } from './stored-plan-load';

/** Two serving processes on one database, in one test process: A edits, B follows A's messages. */
describeEachDatabase('plan replication between serving processes', (database) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  let projectId: string;
  let userId: string;
  let leaves: string[];
  const a = new ProjectScheduler();
  const b = new ProjectScheduler();
  const sent: PlanEditMessage[] = [];
  a.replicateEditsTo((message) => sent.push(message));

  beforeAll(async () => {
    const seeded = await openSeededPlans(database.config, {
      name: 'replication',
      projects: 1,
      tasksPerProject: 200,
    });
    handle = seeded.handle;
    ({ workspaceId, userId } = seeded);
    projectId = seeded.projectIds[0];
    const outline = buildOutline(await listTasks(handle.db, workspaceId, projectId));
    leaves = outline.filter((e) => !e.summary && e.task.duration > 0).map((e) => e.task.id);
    // both processes hold the plan as stored: A by rescheduling it, B by loading it after
    await handle.db.transaction().execute((trx) => a.reschedule(trx, workspaceId, projectId));
    await handle.db.transaction().execute((trx) => b.reschedule(trx, workspaceId, projectId));
    await handle.db.transaction().execute((trx) => a.reschedule(trx, workspaceId, projectId));
    await b.startWarming(handle.db, () => {})?.warmAll();
  });

  afterAll(async () => {
    await handle?.db.destroy();
  });

  const stamp = async () => (await findProject(handle.db, workspaceId, projectId))?.plan_stamp ?? null;
  const edit = async (service: TasksService, taskId: string, days: number) => {
    const version = (await listTasks(handle.db, workspaceId, projectId)).find(
      (t) => t.id === taskId,
    )?.version;
    return service.update(userId, taskId, { version: version ?? 0, duration: days * 480 });
  };

  /** The outline of the plan as stored, loaded afresh (rows in outline order, with analysis). */
  const storedPlanOutline = async () => {
    const plan = await loadStoredPlan(handle.db, workspaceId, projectId);
    if (typeof plan === 'string') throw new Error(`the stored plan does not load: ${plan}`);
    return plan.outline;
  };

  it("follows the other process's edits without reading, holding exactly the stored rows", async () => {
    expect(b.storedOutline(projectId, await stamp())).toBeDefined();
    const viaA = new TasksService(handle.db, a);
    for (const [k, taskId] of [leaves[3], leaves[40], leaves[3], leaves[120]].entries()) {
      await edit(viaA, taskId, 2 + k);
      expect(sent).toHaveLength(k + 1);
      expect(b.applyReplicatedEdit(sent[k])).toBe(true);
    }
    const followed = b.storedOutline(projectId, await stamp());
    expect(followed).toBeDefined();
    // the rows as stored, and the analysis the plan as stored has (not stored itself)
    expect(followed?.outline).toEqual(await storedPlanOutline());
  });

  it("takes its own next edit in place after following, and A follows B's", async () => {
    const viaB = new TasksService(handle.db, b);
    const sentByB: PlanEditMessage[] = [];
    b.replicateEditsTo((message) => sentByB.push(message));
    const result = await edit(viaB, leaves[60], 7);
    expect(result.body.task.duration).toBe(7 * 480);
    expect(sentByB).toHaveLength(1); // only an edit taken in place is sent
    expect(a.applyReplicatedEdit(sentByB[0])).toBe(true);
    expect(a.storedOutline(projectId, await stamp())?.outline).toEqual(await storedPlanOutline());
  });

  it('lets a read wait for an edit on its way, and read the database when it does not come', async () => {
    const viaA = new TasksService(handle.db, a);
    b.replicateEditsTo(() => {});
    await edit(viaA, leaves[80], 3);
    const current = await stamp();
    // the read finds the new stamp before the message: it waits, and gets the followed plan
    const waiting = b.storedOutlineSoon(projectId, current);
    expect(b.applyReplicatedEdit(sent[sent.length - 1])).toBe(true);
    expect((await waiting)?.outline).toBe(b.storedOutline(projectId, current)?.outline);
    // a stamp no message brings: undefined after the wait, the caller reads the database
    expect(await b.storedOutlineSoon(projectId, 'never-written')).toBeUndefined();
  });

  it('leaves alone a plan held under another stamp than the edit came from', async () => {
    const late = { ...sent[0] };
    expect(b.applyReplicatedEdit(late)).toBe(false);
    // B's plan is the current one: a late message must not drop it
    expect(b.storedOutline(projectId, await stamp())).toBeDefined();
  });
});
