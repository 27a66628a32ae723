import {
  projectListSchema,
  projectSchema,
  projectWriteResultSchema,
  rescheduleResultSchema,
  type Task,
  taskListSchema,
  taskSchema,
  taskWriteResultSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { addMember } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const DAY = 480;

describeEachDatabase('projects and tasks', (database) => {
  let app: FastifyInstance;
  let agent: Agent;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    agent = new Agent(app);
    const session = await agent.signUp(uniqueEmail('pm'), 'project manager password', 'Pat Manager');
    workspaceId = session.memberships[0].workspaceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function createProject(name: string, start = '2026-03-02T08:00:00') {
    const response = await agent.post(`/api/v1/workspaces/${workspaceId}/projects`, { name, start });
    expect(response.statusCode, response.body).toBe(201);
    return projectSchema.parse(response.json());
  }

  async function createTask(projectId: string, body: Record<string, unknown>): Promise<Task> {
    const response = await agent.post(`/api/v1/projects/${projectId}/tasks`, body);
    expect(response.statusCode, response.body).toBe(201);
    return taskWriteResultSchema.parse(response.json()).task;
  }

  async function listTasks(projectId: string): Promise<Task[]> {
    const response = await agent.get(`/api/v1/projects/${projectId}/tasks`);
    expect(response.statusCode, response.body).toBe(200);
    return taskListSchema.parse(response.json()).items;
  }

  it('lists the workspaces of the signed-in user with their role', async () => {
    const response = await agent.get('/api/v1/workspaces');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([expect.objectContaining({ id: workspaceId, role: 'owner' })]);
  });

  it('creates a project and lists it with no tasks and no finish yet', async () => {
    const project = await createProject('Apollo');
    expect(project).toMatchObject({
      name: 'Apollo',
      workspaceId,
      start: '2026-03-02T08:00:00',
      finish: null,
      status: 'planned',
      taskCount: 0,
      version: 1,
    });
    const list = await agent.get(`/api/v1/workspaces/${workspaceId}/projects`);
    expect(list.statusCode).toBe(200);
    expect(projectListSchema.parse(list.json()).items.map((p) => p.id)).toContain(project.id);
  });

  it('creates tasks in a work breakdown and schedules them on the Standard calendar', async () => {
    const project = await createProject('Gemini');
    const phase = await createTask(project.id, { name: 'Phase 1', duration: 0 });
    const design = await createTask(project.id, {
      name: 'Design',
      duration: 2 * DAY,
      durationUnit: 'd',
      parentId: phase.id,
    });
    const build = await createTask(project.id, {
      name: 'Build',
      duration: 3 * DAY,
      durationUnit: 'd',
      parentId: phase.id,
    });
    const done = await createTask(project.id, {
      name: 'Done',
      duration: 0,
      milestone: true,
      parentId: phase.id,
    });
    expect(design).toMatchObject({ start: '2026-03-02T08:00:00', finish: '2026-03-03T17:00:00', version: 1 });
    expect(build).toMatchObject({ start: '2026-03-02T08:00:00', finish: '2026-03-04T17:00:00' });
    expect(done).toMatchObject({
      milestone: true,
      start: '2026-03-02T08:00:00',
      finish: '2026-03-02T08:00:00',
    });

    const tasks = await listTasks(project.id);
    expect(tasks.map((t) => [t.name, t.wbs, t.outlineLevel, t.summary, t.position])).toEqual([
      ['Phase 1', '1', 1, true, 0],
      ['Design', '1.1', 2, false, 0],
      ['Build', '1.2', 2, false, 1],
      ['Done', '1.3', 2, false, 2],
    ]);
    expect(tasks[0]).toMatchObject({
      start: '2026-03-02T08:00:00',
      finish: '2026-03-04T17:00:00',
      duration: 3 * DAY,
    });

    const after = await agent.get(`/api/v1/projects/${project.id}`);
    expect(projectSchema.parse(after.json())).toMatchObject({ taskCount: 4, finish: '2026-03-04T17:00:00' });
  });

  it('answers a write with the other tasks it moved: the summary spans its grown subtask', async () => {
    const project = await createProject('Ranger');
    const phase = await createTask(project.id, { name: 'Phase', duration: 0 });
    const child = await createTask(project.id, { name: 'Child', duration: DAY, parentId: phase.id });
    const patched = await agent.patch(`/api/v1/tasks/${child.id}`, {
      version: child.version,
      duration: 2 * DAY,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const result = taskWriteResultSchema.parse(patched.json());
    expect(result.task).toMatchObject({ id: child.id, finish: '2026-03-03T17:00:00' });
    expect(result.rescheduled.map((t) => [t.id, t.finish, t.duration])).toEqual([
      [phase.id, '2026-03-03T17:00:00', 2 * DAY],
    ]);
    const renamed = await agent.patch(`/api/v1/tasks/${child.id}`, { version: 2, name: 'Renamed' });
    expect(taskWriteResultSchema.parse(renamed.json()).rescheduled).toEqual([]);
  });

  it('inserts a task after a given sibling', async () => {
    const project = await createProject('Mercury');
    const first = await createTask(project.id, { name: 'First', duration: DAY });
    await createTask(project.id, { name: 'Third', duration: DAY });
    await createTask(project.id, { name: 'Second', duration: DAY, afterTaskId: first.id });
    expect((await listTasks(project.id)).map((t) => t.name)).toEqual(['First', 'Second', 'Third']);
  });

  it('patches a task with its version, reschedules, and answers 409 with the current task to a stale version', async () => {
    const project = await createProject('Skylab');
    const task = await createTask(project.id, { name: 'Draft', duration: DAY });
    const patched = await agent.patch(`/api/v1/tasks/${task.id}`, {
      version: 1,
      name: 'Draft v2',
      duration: 5 * DAY,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(taskWriteResultSchema.parse(patched.json()).task).toMatchObject({
      name: 'Draft v2',
      duration: 5 * DAY,
      version: 2,
      finish: '2026-03-06T17:00:00',
    });

    const stale = await agent.patch(`/api/v1/tasks/${task.id}`, { version: 1, name: 'Lost update' });
    const problem = expectProblem(stale, 409, 'version');
    expect(taskSchema.parse(problem.current)).toMatchObject({ name: 'Draft v2', version: 2 });
    const reread = await agent.get(`/api/v1/tasks/${task.id}`);
    expect(taskSchema.parse(reread.json())).toMatchObject({ name: 'Draft v2', version: 2 });
    const projectNow = await agent.get(`/api/v1/projects/${project.id}`);
    expect(projectNow.json().finish).toBe('2026-03-06T17:00:00');
  });

  it('patches a project with its version and answers 409 to a stale one', async () => {
    const project = await createProject('Voyager');
    const renamed = await agent.patch(`/api/v1/projects/${project.id}`, { version: 1, name: 'Voyager 2' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().project).toMatchObject({ name: 'Voyager 2', version: 2 });
    const stale = await agent.patch(`/api/v1/projects/${project.id}`, { version: 1, status: 'active' });
    const problem = expectProblem(stale, 409, 'version');
    expect(problem.current).toMatchObject({ name: 'Voyager 2', version: 2, status: 'planned' });
  });

  it('moves the whole plan when the project start moves', async () => {
    const project = await createProject('Pioneer');
    const task = await createTask(project.id, { name: 'Kick-off', duration: DAY });
    expect(task.start).toBe('2026-03-02T08:00:00');
    const moved = await agent.patch(`/api/v1/projects/${project.id}`, {
      version: 1,
      start: '2026-03-09T08:00:00',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const reread = await agent.get(`/api/v1/tasks/${task.id}`);
    expect(reread.json()).toMatchObject({ start: '2026-03-09T08:00:00', finish: '2026-03-09T17:00:00' });
  });

  it('stores the schedule analysis: critical, slack and late dates', async () => {
    const project = await createProject('Analysis');
    const long = await createTask(project.id, { name: 'Long', duration: 3 * DAY });
    const short = await createTask(project.id, { name: 'Short', duration: DAY });
    const [l, s] = await listTasks(project.id);
    expect(l).toMatchObject({
      id: long.id,
      critical: true,
      totalSlack: 0,
      lateFinish: '2026-03-04T17:00:00',
    });
    expect(s).toMatchObject({
      id: short.id,
      critical: false,
      totalSlack: 2 * DAY,
      freeSlack: 2 * DAY,
      lateStart: '2026-03-04T08:00:00',
      lateFinish: '2026-03-04T17:00:00',
    });
    // lengthening Short makes it critical and Long not: both are in the answer though only one
    // moved, Long by its analysis alone
    const patched = await agent.patch(`/api/v1/tasks/${short.id}`, { version: 1, duration: 4 * DAY });
    const result = taskWriteResultSchema.parse(patched.json());
    expect(result.task).toMatchObject({ critical: true, totalSlack: 0 });
    expect(result.rescheduled).toEqual([]);
    expect(result.reanalysed).toEqual([
      {
        id: long.id,
        critical: false,
        totalSlack: DAY,
        freeSlack: DAY,
        lateStart: '2026-03-03T08:00:00',
        lateFinish: '2026-03-05T17:00:00',
      },
    ]);
  });

  it('answers a write that changes the outline with every changed task whole', async () => {
    const project = await createProject('Outline analysis');
    const long = await createTask(project.id, { name: 'Long', duration: 3 * DAY });
    // a longer task takes the critical path from Long, whose dates hold: a create answers it whole
    const created = await agent.post(`/api/v1/projects/${project.id}/tasks`, {
      name: 'Longer',
      duration: 5 * DAY,
    });
    expect(created.statusCode, created.body).toBe(201);
    const result = taskWriteResultSchema.parse(created.json());
    expect(result.reanalysed).toEqual([]);
    expect(result.rescheduled).toEqual([
      expect.objectContaining({ id: long.id, name: 'Long', critical: false, totalSlack: 2 * DAY }),
    ]);
    // deleting it gives Long its critical path back, also whole
    const deleted = await agent.delete(`/api/v1/tasks/${result.task.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    const afterDelete = rescheduleResultSchema.parse(deleted.json());
    expect(afterDelete.reanalysed).toEqual([]);
    expect(afterDelete.rescheduled).toEqual([
      expect.objectContaining({ id: long.id, critical: true, totalSlack: 0 }),
    ]);
  });

  it('keeps priority and actuals, refusing an actual finish before the actual start', async () => {
    const project = await createProject('Progress');
    const task = await createTask(project.id, {
      name: 'Started',
      duration: 2 * DAY,
      priority: 900,
      percentComplete: 50,
      actualStart: '2026-03-02T08:00:00',
      actualDuration: DAY,
      remainingDuration: DAY,
    });
    expect(task).toMatchObject({
      priority: 900,
      actualStart: '2026-03-02T08:00:00',
      actualDuration: DAY,
      remainingDuration: DAY,
    });
    expect((await createTask(project.id, { name: 'Default', duration: DAY })).priority).toBe(500);
    expectProblem(
      await agent.post(`/api/v1/projects/${project.id}/tasks`, { name: 'X', duration: 0, priority: 1001 }),
      400,
      'body.priority',
    );
    expectProblem(
      await agent.patch(`/api/v1/tasks/${task.id}`, { version: 1, actualFinish: '2026-03-01T17:00:00' }),
      400,
      'actualFinish',
    );
    expectProblem(
      await agent.post(`/api/v1/projects/${project.id}/tasks`, {
        name: 'X',
        duration: 0,
        actualFinish: '2026-03-01T17:00:00',
      }),
      400,
      'actualFinish',
    );
    expect((await agent.get(`/api/v1/tasks/${task.id}`)).json()).toMatchObject({
      version: 1,
      actualFinish: null,
    });
  });

  it('indents under the task above and outdents back, adopting the tasks below', async () => {
    const project = await createProject('Outline moves');
    const a = await createTask(project.id, { name: 'A', duration: DAY });
    const b = await createTask(project.id, { name: 'B', duration: 2 * DAY });
    const c = await createTask(project.id, { name: 'C', duration: DAY });
    const outline = async () => (await listTasks(project.id)).map((t) => `${t.wbs} ${t.name}`);
    expectProblem(await agent.post(`/api/v1/tasks/${a.id}/indent`, { version: 1 }), 400, 'taskId');
    const indented = await agent.post(`/api/v1/tasks/${b.id}/indent`, { version: 1 });
    expect(indented.statusCode, indented.body).toBe(200);
    const result = taskWriteResultSchema.parse(indented.json());
    expect(result.task).toMatchObject({ parentId: a.id, outlineLevel: 2, version: 2 });
    // A became a summary spanning B: its dates moved, so it is in the answer
    expect(result.rescheduled).toContainEqual(
      expect.objectContaining({ id: a.id, summary: true, finish: '2026-03-03T17:00:00' }),
    );
    await agent.post(`/api/v1/tasks/${c.id}/indent`, { version: 1 });
    expect(await outline()).toEqual(['1 A', '1.1 B', '1.2 C']);
    expectProblem(await agent.post(`/api/v1/tasks/${b.id}/outdent`, { version: 1 }), 409, 'version');
    const outdented = taskWriteResultSchema.parse(
      (await agent.post(`/api/v1/tasks/${b.id}/outdent`, { version: 2 })).json(),
    );
    expect(outdented.task).toMatchObject({ parentId: null, version: 3 });
    expect(outdented.rescheduled.map((t) => t.id)).toContain(c.id);
    expect(await outline()).toEqual(['1 A', '2 B', '2.1 C']);
    expectProblem(await agent.post(`/api/v1/tasks/${a.id}/outdent`, { version: 1 }), 400, 'taskId');
    expectProblem(await agent.post(`/api/v1/tasks/${a.id}/outdent`, {}), 400, 'body.version');
  });

  it('schedules from the finish date, and refuses that direction without one', async () => {
    expectProblem(
      await agent.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Backward',
        scheduleFrom: 'finish',
      }),
      400,
      'finishDate',
    );
    expectProblem(
      await agent.post(`/api/v1/workspaces/${workspaceId}/projects`, { name: 'Money', currency: 'eur' }),
      400,
      'body.currency',
    );
    const created = await agent.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Backward',
      start: '2026-03-02T08:00:00',
      scheduleFrom: 'finish',
      finishDate: '2026-03-13T17:00:00',
      statusDate: '2026-03-05T17:00:00',
      currency: 'EUR',
    });
    expect(created.statusCode, created.body).toBe(201);
    const project = projectSchema.parse(created.json());
    expect(project).toMatchObject({
      scheduleFrom: 'finish',
      finishDate: '2026-03-13T17:00:00',
      statusDate: '2026-03-05T17:00:00',
      currency: 'EUR',
    });
    const task = await createTask(project.id, { name: 'Late as possible', duration: 2 * DAY });
    expect(task).toMatchObject({ start: '2026-03-12T08:00:00', finish: '2026-03-13T17:00:00' });
    const forward = await agent.patch(`/api/v1/projects/${project.id}`, {
      version: 1,
      scheduleFrom: 'start',
      finishDate: null,
      statusDate: null,
    });
    expect(forward.statusCode, forward.body).toBe(200);
    const result = projectWriteResultSchema.parse(forward.json());
    expect(result.rescheduled).toEqual([
      expect.objectContaining({ id: task.id, start: '2026-03-02T08:00:00' }),
    ]);
  });

  it('deletes a task or a project only at the version given, changing nothing on 409', async () => {
    const project = await createProject('Stale deletes');
    const task = await createTask(project.id, { name: 'Keep', duration: DAY });
    await agent.patch(`/api/v1/tasks/${task.id}`, { version: 1, name: 'Kept' });
    const stale = expectProblem(await agent.delete(`/api/v1/tasks/${task.id}?version=1`), 409, 'version');
    expect(taskSchema.parse(stale.current)).toMatchObject({ name: 'Kept', version: 2 });
    expect((await listTasks(project.id)).map((t) => t.name)).toEqual(['Kept']);
    const staleProject = expectProblem(
      await agent.delete(`/api/v1/projects/${project.id}?version=9`),
      409,
      'version',
    );
    expect(projectSchema.parse(staleProject.current)).toMatchObject({ id: project.id, version: 1 });
    expect((await agent.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(200);
    expect((await agent.delete(`/api/v1/tasks/${task.id}?version=2`)).statusCode).toBe(200);
    expect((await agent.delete(`/api/v1/projects/${project.id}?version=1`)).statusCode).toBe(204);
  });

  it("answers 404 for another workspace's tasks and projects on every write, changing nothing", async () => {
    const project = await createProject('Not yours');
    const task = await createTask(project.id, { name: 'Mine', duration: DAY });
    const other = new Agent(app);
    await other.signUp(uniqueEmail('other'), 'other user password', 'Other');
    expectProblem(await other.post(`/api/v1/tasks/${task.id}/indent`, { version: 1 }), 404);
    expectProblem(await other.post(`/api/v1/tasks/${task.id}/outdent`, { version: 1 }), 404);
    expectProblem(await other.delete(`/api/v1/tasks/${task.id}?version=1`), 404);
    expectProblem(await other.patch(`/api/v1/projects/${project.id}`, { version: 1, currency: 'EUR' }), 404);
    expectProblem(await other.delete(`/api/v1/projects/${project.id}?version=1`), 404);
    expect((await agent.get(`/api/v1/tasks/${task.id}`)).json()).toMatchObject({ name: 'Mine', version: 1 });
    expect((await agent.get(`/api/v1/projects/${project.id}`)).json()).toMatchObject({
      currency: 'USD',
      version: 1,
    });
  });

  it("refuses a viewer's indent and outdent (403) and a stale indent (409), changing nothing", async () => {
    const project = await createProject('Viewer moves');
    await createTask(project.id, { name: 'Above', duration: DAY });
    const below = await createTask(project.id, { name: 'Below', duration: DAY });
    const viewer = new Agent(app);
    const viewerSession = await viewer.signUp(uniqueEmail('viewer'), 'viewer password 1', 'Vi');
    await addMember(app, workspaceId, viewerSession.user.id, 'viewer');
    expectProblem(await viewer.post(`/api/v1/tasks/${below.id}/indent`, { version: 1 }), 403);
    expectProblem(await viewer.post(`/api/v1/tasks/${below.id}/outdent`, { version: 1 }), 403);
    expectProblem(await viewer.delete(`/api/v1/tasks/${below.id}?version=1`), 403);
    expectProblem(await agent.post(`/api/v1/tasks/${below.id}/indent`, { version: 7 }), 409, 'version');
    expect((await listTasks(project.id)).map((t) => [t.wbs, t.name, t.version])).toEqual([
      ['1', 'Above', 1],
      ['2', 'Below', 1],
    ]);
    expectProblem(await agent.get('/api/v1/projects/not-a-uuid/export.xml'), 400, 'params.projectId');
    expectProblem(await agent.post(`/api/v1/tasks/${below.id}/indent`, { version: 1, extra: true }), 400);
  });

  it('deletes a summary task with its subtasks, then the project', async () => {
    const project = await createProject('Viking');
    const phase = await createTask(project.id, { name: 'Phase', duration: 0 });
    await createTask(project.id, { name: 'Child', duration: DAY, parentId: phase.id });
    await createTask(project.id, { name: 'Other', duration: DAY });
    const deleted = await agent.delete(`/api/v1/tasks/${phase.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(rescheduleResultSchema.parse(deleted.json()).rescheduled).toEqual([]);
    expect((await listTasks(project.id)).map((t) => [t.name, t.wbs])).toEqual([['Other', '1']]);
    expect((await agent.delete(`/api/v1/projects/${project.id}`)).statusCode).toBe(204);
    expectProblem(await agent.get(`/api/v1/projects/${project.id}`), 404);
    expectProblem(await agent.get(`/api/v1/projects/${project.id}/tasks`), 404);
  });
});
