import {
  assignmentListSchema,
  assignmentWriteResultSchema,
  rescheduleResultSchema,
  taskSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChangeEvent } from '../src/live/change-feed';
import { describeEachDatabase } from '../src/testing/index';
import type { Method } from './support/agent';
import {
  assign,
  createProject,
  createResource,
  createTask,
  type People,
  signUpPeople,
} from './support/plan-fixture';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

/** Working minutes in a day of the Standard calendar. */
const DAY = 480;

describeEachDatabase('assignments', (database) => {
  let app: FastifyInstance;
  let people: People;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    people = await signUpPeople(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function plan(name: string) {
    const project = await createProject(people.alice, people.workspaceId, name);
    const task = await createTask(people.alice, project.id, { name: 'Design', duration: 2 * DAY });
    const resource = await createResource(people.alice, people.workspaceId, { name: `${name} worker` });
    return { project, task, resource };
  }

  async function getTask(id: string) {
    return taskSchema.parse((await people.alice.get(`/api/v1/tasks/${id}`)).json());
  }

  it('assigns at 100 % by default with work = duration × units, and the task keeps its dates', async () => {
    const { project, task, resource } = await plan('Defaults');
    const { assignment, rescheduled } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
    });
    expect(assignment).toMatchObject({
      taskId: task.id,
      resourceId: resource.id,
      units: 100,
      work: 960,
      version: 1,
    });
    expect(rescheduled).toEqual([]);
    const list = assignmentListSchema.parse(
      (await people.alice.get(`/api/v1/projects/${project.id}/assignments?taskId=${task.id}`)).json(),
    );
    expect(list.items.map((a) => a.id)).toEqual([assignment.id]);
    expect((await people.alice.get(`/api/v1/assignments/${assignment.id}`)).json()).toEqual(assignment);
  });

  it('makes the task work-driven when work is given: duration = work ÷ units, and answers what moved', async () => {
    const { project, task, resource } = await plan('Work driven');
    // 16 hours of work at 50 % take 32 working hours: 4 days, Monday 08:00 to Thursday 17:00
    const { assignment, rescheduled } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
      units: 50,
      work: 2 * DAY,
    });
    expect(assignment).toMatchObject({ units: 50, work: 960 });
    expect(rescheduled.map((t) => [t.id, t.duration, t.finish])).toEqual([
      [task.id, 4 * DAY, '2026-03-05T17:00:00'],
    ]);
    const stored = await getTask(task.id);
    expect(stored).toMatchObject({
      duration: 4 * DAY,
      finish: '2026-03-05T17:00:00',
      version: task.version + 1,
    });

    // back to full time: the work stays 960 minutes, so the duration halves to 2 days
    const patched = await people.alice.patch(`/api/v1/assignments/${assignment.id}`, {
      version: 1,
      units: 100,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const body = assignmentWriteResultSchema.parse(patched.json());
    expect(body.assignment).toMatchObject({ units: 100, work: 960, version: 2 });
    expect(body.rescheduled.map((t) => [t.id, t.duration, t.finish])).toEqual([
      [task.id, 2 * DAY, '2026-03-03T17:00:00'],
    ]);
  });

  it('answers 400 naming the field for bad input, and stores nothing', async () => {
    const { project, task, resource } = await plan('Bad input');
    const summary = await createTask(people.alice, project.id, { name: 'Phase', duration: DAY });
    await createTask(people.alice, project.id, { name: 'Inside', duration: DAY, parentId: summary.id });
    const foreign = await createResource(people.bob, people.bobWorkspaceId, { name: 'Not yours' });
    const cost = await createResource(people.alice, people.workspaceId, { name: 'Travel', type: 'cost' });
    const url = `/api/v1/projects/${project.id}/assignments`;
    const cases: [Record<string, unknown>, string][] = [
      [{ resourceId: resource.id }, 'body.taskId'],
      [{ taskId: 'not-a-uuid', resourceId: resource.id }, 'body.taskId'],
      [{ taskId: task.id, resourceId: resource.id, units: -5 }, 'body.units'],
      [{ taskId: task.id, resourceId: resource.id, work: 'lots' }, 'body.work'],
      [{ taskId: task.id, resourceId: resource.id, units: 0, work: 60 }, 'body.units'],
      [{ taskId: summary.id, resourceId: resource.id }, 'body.taskId'],
      [{ taskId: task.id, resourceId: foreign.id }, 'body.resourceId'],
      [{ taskId: task.id, resourceId: cost.id, units: 100 }, 'body.units'],
      // 1,000,000 minutes at 1 % would take 100,000,000 working minutes: beyond any task
      [{ taskId: task.id, resourceId: resource.id, units: 1, work: 1_000_000 }, 'body.work'],
    ];
    for (const [body, field] of cases) expectProblem(await people.alice.post(url, body), 400, field);
    const otherProject = await createProject(people.alice, people.workspaceId, 'Other');
    expectProblem(
      await people.alice.post(`/api/v1/projects/${otherProject.id}/assignments`, {
        taskId: task.id,
        resourceId: resource.id,
      }),
      400,
      'body.taskId',
    );
    expect(assignmentListSchema.parse((await people.alice.get(url)).json()).items).toEqual([]);
    expectProblem(await people.alice.get(`${url}?taskId=nope`), 400, 'query.taskId');
    expectProblem(await people.alice.get('/api/v1/assignments/xyz'), 400, 'params.assignmentId');
    expectProblem(
      await people.alice.patch('/api/v1/assignments/xyz', { version: 1 }),
      400,
      'params.assignmentId',
    );
    expectProblem(await people.alice.get('/api/v1/projects/xyz/assignments'), 400, 'params.projectId');

    await assign(people.alice, project.id, { taskId: task.id, resourceId: resource.id });
    expectProblem(
      await people.alice.post(url, { taskId: task.id, resourceId: resource.id }),
      409,
      'resourceId',
    );
  });

  it('answers 409 with the current assignment for a stale version and changes nothing', async () => {
    const { project, task, resource } = await plan('Stale');
    const { assignment } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
    });
    const first = await people.alice.patch(`/api/v1/assignments/${assignment.id}`, {
      version: 1,
      work: 3 * DAY,
    });
    expect(first.statusCode, first.body).toBe(200);
    const before = await getTask(task.id);
    const stale = await people.alice.patch(`/api/v1/assignments/${assignment.id}`, { version: 1, units: 25 });
    const problem = expectProblem(stale, 409, 'version');
    expect(problem.current).toMatchObject({ id: assignment.id, units: 100, work: 3 * DAY, version: 2 });
    expectProblem(
      await people.alice.delete(`/api/v1/assignments/${assignment.id}?version=1`),
      409,
      'version',
    );
    expect((await people.alice.get(`/api/v1/assignments/${assignment.id}`)).json()).toMatchObject({
      version: 2,
      units: 100,
    });
    expect(await getTask(task.id)).toEqual(before);
    expectProblem(
      await people.alice.patch(`/api/v1/assignments/${assignment.id}`, { units: 50 }),
      400,
      'body.version',
    );
  });

  it('deletes an assignment: the task keeps its duration; the change is announced after commit', async () => {
    const { project, task, resource } = await plan('Delete');
    const events: ChangeEvent[] = [];
    const stop = app.changeFeed.subscribe((event) => events.push(event));
    try {
      const { assignment } = await assign(people.alice, project.id, {
        taskId: task.id,
        resourceId: resource.id,
        work: 3 * DAY,
      });
      const deleted = await people.alice.delete(`/api/v1/assignments/${assignment.id}?version=1`);
      expect(deleted.statusCode, deleted.body).toBe(200);
      expect(rescheduleResultSchema.parse(deleted.json()).rescheduled).toEqual([]);
      expectProblem(await people.alice.get(`/api/v1/assignments/${assignment.id}`), 404);
      expect(await getTask(task.id)).toMatchObject({ duration: 3 * DAY });
      expect(events.map((e) => [e.entity, e.kind, e.projectId, e.ids, e.rescheduledTaskIds])).toEqual([
        ['assignment', 'upsert', project.id, [assignment.id], [task.id]],
        ['assignment', 'delete', project.id, [assignment.id], []],
      ]);
    } finally {
      stop();
    }
  });

  it('goes with its task, and with its project', async () => {
    const { project, task, resource } = await plan('Cascade');
    const { assignment } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
    });
    await people.alice.post(`/api/v1/projects/${project.id}/baselines`, { number: 0 });
    const deleted = await people.alice.delete(`/api/v1/tasks/${task.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expectProblem(await people.alice.get(`/api/v1/assignments/${assignment.id}`), 404);

    const second = await createTask(people.alice, project.id, { name: 'Again', duration: DAY });
    const again = await assign(people.alice, project.id, { taskId: second.id, resourceId: resource.id });
    expect((await people.alice.delete(`/api/v1/projects/${project.id}`)).statusCode).toBeLessThan(300);
    expectProblem(await people.alice.get(`/api/v1/assignments/${again.assignment.id}`), 404);
    // the workspace resource stays
    expect((await people.alice.get(`/api/v1/resources/${resource.id}`)).statusCode).toBe(200);
  });

  it("answers 404 for another workspace's assignments and projects", async () => {
    const { project, task, resource } = await plan('Foreign');
    const { assignment } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
    });
    const attempts: [Method, string, unknown?][] = [
      ['GET', `/api/v1/projects/${project.id}/assignments`],
      ['POST', `/api/v1/projects/${project.id}/assignments`, { taskId: task.id, resourceId: resource.id }],
      ['GET', `/api/v1/assignments/${assignment.id}`],
      ['PATCH', `/api/v1/assignments/${assignment.id}`, { version: 1, units: 10 }],
      ['DELETE', `/api/v1/assignments/${assignment.id}`],
    ];
    for (const [method, url, json] of attempts) {
      expectProblem(await people.bob.request({ method, url, json }), 404);
    }
    expect((await people.alice.get(`/api/v1/assignments/${assignment.id}`)).json()).toMatchObject({
      version: 1,
      units: 100,
    });
  });

  it('lets a viewer read assignments but not write them (403)', async () => {
    const { project, task, resource } = await plan('Viewer');
    const { assignment } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
    });
    expect((await people.carol.get(`/api/v1/projects/${project.id}/assignments`)).statusCode).toBe(200);
    const writes: [Method, string, unknown?][] = [
      ['POST', `/api/v1/projects/${project.id}/assignments`, { taskId: task.id, resourceId: resource.id }],
      ['PATCH', `/api/v1/assignments/${assignment.id}`, { version: 1, units: 10 }],
      ['DELETE', `/api/v1/assignments/${assignment.id}`],
    ];
    for (const [method, url, json] of writes) {
      expectProblem(await people.carol.request({ method, url, json }), 403);
    }
    expect((await people.alice.get(`/api/v1/assignments/${assignment.id}`)).json()).toMatchObject({
      version: 1,
      units: 100,
    });
  });
});
