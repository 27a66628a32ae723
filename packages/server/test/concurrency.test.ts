import { linkWriteResultSchema, taskListSchema, taskSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const DAY = 480;

/**
 * Two people editing the same object from the version they both read: one write wins, the other
 * gets 409 with the winner's state, and nothing of the loser's edit is stored.
 */
describeEachDatabase('concurrent edits', (database) => {
  let app: FastifyInstance;
  let ann: Agent;
  let ben: Agent;
  let projectId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    ann = new Agent(app);
    const workspaceId = (await ann.signUp(uniqueEmail('ann'), 'concurrency password', 'Ann')).memberships[0]
      .workspaceId;
    // Ben signs in as Ann in another browser: same account, separate session and CSRF token
    ben = new Agent(app);
    await ben.signIn(ann.session?.user.email ?? '', 'concurrency password');
    const project = await ann.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Contended',
      start: '2026-03-02T08:00:00',
    });
    projectId = project.json().id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const addTask = async (name: string) =>
    taskWriteResultSchema.parse(
      (await ann.post(`/api/v1/projects/${projectId}/tasks`, { name, duration: DAY })).json(),
    ).task;
  const tasks = async () =>
    taskListSchema.parse((await ann.get(`/api/v1/projects/${projectId}/tasks`)).json()).items;

  it('lets one of two simultaneous task edits win; the other is 409 and leaves no trace', async () => {
    const task = await addTask('Shared');
    const other = await addTask('Bystander');
    const [first, second] = await Promise.all([
      ann.patch(`/api/v1/tasks/${task.id}`, { version: 1, name: 'Ann was here', duration: 2 * DAY }),
      ben.patch(`/api/v1/tasks/${task.id}`, { version: 1, name: 'Ben was here', notes: 'Ben only' }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = first.statusCode === 200 ? [first, second] : [second, first];
    const won = taskWriteResultSchema.parse(winner.json()).task;
    const problem = expectProblem(loser, 409, 'version');
    expect(taskSchema.parse(problem.current)).toEqual(won);
    const stored = taskSchema.parse((await ann.get(`/api/v1/tasks/${task.id}`)).json());
    expect(stored).toEqual(won);
    expect(stored.version).toBe(2);
    if (won.name === 'Ann was here') expect(stored).toMatchObject({ duration: 2 * DAY, notes: '' });
    else expect(stored).toMatchObject({ duration: DAY, notes: 'Ben only' });
    expect((await tasks()).find((t) => t.id === other.id)).toMatchObject({ name: 'Bystander', version: 1 });
  });

  it('serialises many writers of one project: each version is granted once', async () => {
    const task = await addTask('Hot');
    const writes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 === 0 ? ann : ben).patch(`/api/v1/tasks/${task.id}`, { version: 1, duration: (i + 1) * DAY }),
      ),
    );
    expect(writes.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(writes.filter((r) => r.statusCode === 409)).toHaveLength(5);
    const winner = taskWriteResultSchema.parse(writes.find((r) => r.statusCode === 200)?.json()).task;
    expect(taskSchema.parse((await ann.get(`/api/v1/tasks/${task.id}`)).json())).toMatchObject({
      version: 2,
      duration: winner.duration,
      finish: winner.finish,
    });
  });

  it('lets one of two link edits win, and one of a delete and an edit', async () => {
    const a = await addTask('Pred');
    const b = await addTask('Succ');
    const created = await ann.post(`/api/v1/projects/${projectId}/links`, {
      predecessorId: a.id,
      successorId: b.id,
      type: 'FS',
      lag: 0,
    });
    const link = linkWriteResultSchema.parse(created.json()).link;
    const [x, y] = await Promise.all([
      ann.patch(`/api/v1/links/${link.id}`, { version: 1, lag: DAY }),
      ben.delete(`/api/v1/links/${link.id}?version=1`),
    ]);
    const stored = await ann.get(`/api/v1/links/${link.id}`);
    if (x.statusCode === 200) {
      // the edit committed first: the delete was based on a stale version
      expectProblem(y, 409, 'version');
      expect(stored.json()).toMatchObject({ lag: DAY, version: 2 });
    } else {
      // the delete committed first: the edit finds no link
      expect(y.statusCode).toBe(200);
      expectProblem(x, 404);
      expectProblem(stored, 404);
    }
  });

  it('lets one of two project edits win', async () => {
    const [x, y] = await Promise.all([
      ann.patch(`/api/v1/projects/${projectId}`, { version: 1, name: 'Ann' }),
      ben.patch(`/api/v1/projects/${projectId}`, { version: 1, currency: 'EUR' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const stored = (await ann.get(`/api/v1/projects/${projectId}`)).json();
    expect(stored.version).toBe(2);
    const expected =
      x.statusCode === 200 ? { name: 'Ann', currency: 'USD' } : { name: 'Contended', currency: 'EUR' };
    expect(stored).toMatchObject(expected);
  });
});
