import { projectListSchema, projectSchema, type Task, taskListSchema, taskSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
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
    return taskSchema.parse(response.json());
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
    expect(taskSchema.parse(patched.json())).toMatchObject({
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
    expect(renamed.json()).toMatchObject({ name: 'Voyager 2', version: 2 });
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

  it('deletes a summary task with its subtasks, then the project', async () => {
    const project = await createProject('Viking');
    const phase = await createTask(project.id, { name: 'Phase', duration: 0 });
    await createTask(project.id, { name: 'Child', duration: DAY, parentId: phase.id });
    await createTask(project.id, { name: 'Other', duration: DAY });
    expect((await agent.delete(`/api/v1/tasks/${phase.id}`)).statusCode).toBe(204);
    expect((await listTasks(project.id)).map((t) => [t.name, t.wbs])).toEqual([['Other', '1']]);
    expect((await agent.delete(`/api/v1/projects/${project.id}`)).statusCode).toBe(204);
    expectProblem(await agent.get(`/api/v1/projects/${project.id}`), 404);
    expectProblem(await agent.get(`/api/v1/projects/${project.id}/tasks`), 404);
  });
});
