import {
  linkListSchema,
  linkSchema,
  linkWriteResultSchema,
  rescheduleResultSchema,
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
const PASSWORD = 'links test password';

describeEachDatabase('links', (database) => {
  let app: FastifyInstance;
  let pat: Agent;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pat = new Agent(app);
    workspaceId = (await pat.signUp(uniqueEmail('pat'), PASSWORD, 'Pat')).memberships[0].workspaceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function project(name: string, agent = pat, ws = workspaceId) {
    const response = await agent.post(`/api/v1/workspaces/${ws}/projects`, {
      name,
      start: '2026-03-02T08:00:00',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }
  async function task(projectId: string, name: string, duration = DAY, agent = pat) {
    const response = await agent.post(`/api/v1/projects/${projectId}/tasks`, { name, duration });
    expect(response.statusCode, response.body).toBe(201);
    return taskWriteResultSchema.parse(response.json()).task;
  }
  async function link(projectId: string, predecessorId: string, successorId: string, extra = {}) {
    return pat.post(`/api/v1/projects/${projectId}/links`, {
      predecessorId,
      successorId,
      type: 'FS',
      lag: 0,
      ...extra,
    });
  }
  const links = async (projectId: string) =>
    linkListSchema.parse((await pat.get(`/api/v1/projects/${projectId}/links`)).json()).items;
  const dates = async (projectId: string) =>
    (await pat.get(`/api/v1/projects/${projectId}/tasks`))
      .json()
      .items.map((t: { name: string; start: string; finish: string }) => [t.name, t.start, t.finish]);

  it('links two tasks, moves the successor, and answers with every task it moved', async () => {
    const p = await project('Chain');
    const design = await task(p, 'Design', 2 * DAY);
    const build = await task(p, 'Build', 3 * DAY);
    const created = await link(p, design.id, build.id);
    expect(created.statusCode, created.body).toBe(201);
    const result = linkWriteResultSchema.parse(created.json());
    expect(result.link).toMatchObject({
      predecessorId: design.id,
      successorId: build.id,
      type: 'FS',
      lag: 0,
      lagUnit: 'd',
      version: 1,
    });
    const moved = result.rescheduled.find((t) => t.id === build.id);
    expect(moved).toMatchObject({
      start: '2026-03-04T08:00:00',
      finish: '2026-03-06T17:00:00',
      critical: true,
    });
    // Design became critical without moving: its analysis is in the answer too, for the Gantt's
    // critical path
    expect(result.rescheduled.map((t) => t.id)).toEqual([build.id]);
    expect(result.reanalysed).toEqual([
      expect.objectContaining({ id: design.id, critical: true, totalSlack: 0 }),
    ]);
    expect(await links(p)).toEqual([result.link]);
    const got = await pat.get(`/api/v1/links/${result.link.id}`);
    expect(linkSchema.parse(got.json())).toEqual(result.link);
  });

  it('applies lags in working minutes and percent of the predecessor', async () => {
    const p = await project('Lags');
    const a = await task(p, 'A', 2 * DAY);
    const b = await task(p, 'B', DAY);
    const c = await task(p, 'C', DAY);
    expect((await link(p, a.id, b.id, { lag: DAY, lagUnit: 'd' })).statusCode).toBe(201);
    expect((await link(p, a.id, c.id, { type: 'SS', lag: 50, lagUnit: '%' })).statusCode).toBe(201);
    expect(await dates(p)).toEqual([
      ['A', '2026-03-02T08:00:00', '2026-03-03T17:00:00'],
      ['B', '2026-03-05T08:00:00', '2026-03-05T17:00:00'],
      ['C', '2026-03-03T08:00:00', '2026-03-03T17:00:00'],
    ]);
  });

  it('refuses bad input naming the field, and nothing is written', async () => {
    const p = await project('Bad input');
    const a = await task(p, 'A');
    const b = await task(p, 'B');
    expectProblem(await link(p, a.id, b.id, { type: 'XX' }), 400, 'body.type');
    expectProblem(await link(p, a.id, b.id, { lag: 1.5 }), 400, 'body.lag');
    expectProblem(await link(p, 'not-a-uuid', b.id), 400, 'body.predecessorId');
    expectProblem(await link(p, a.id, b.id, { lagUnit: 'fortnights' }), 400, 'body.lagUnit');
    expectProblem(await link(p, a.id, a.id), 400, 'successorId');
    expectProblem(await pat.patch(`/api/v1/links/${a.id}`, { lag: 0 }), 400, 'body.version');
    expect(await links(p)).toEqual([]);
  });

  it('refuses a duplicate (409), a task of another project (400) and a summary linked to its subtask', async () => {
    const p = await project('Refusals');
    const other = await project('Other');
    const a = await task(p, 'A');
    const b = await task(p, 'B');
    const foreign = await task(other, 'Elsewhere');
    expect((await link(p, a.id, b.id)).statusCode).toBe(201);
    expectProblem(await link(p, a.id, b.id, { type: 'SS' }), 409, 'successorId');
    expectProblem(await link(p, a.id, foreign.id), 400, 'successorId');
    const child = await pat.post(`/api/v1/projects/${p}/tasks`, {
      name: 'Child',
      duration: DAY,
      parentId: a.id,
    });
    expectProblem(await link(p, a.id, child.json().task.id), 400, 'successorId');
    expect((await links(p)).length).toBe(1);
  });

  it('refuses a loop with 409 naming its tasks, writing nothing', async () => {
    const p = await project('Loop');
    const [a, b, c] = [await task(p, 'Alpha'), await task(p, 'Bravo'), await task(p, 'Charlie')];
    expect((await link(p, a.id, b.id)).statusCode).toBe(201);
    expect((await link(p, b.id, c.id)).statusCode).toBe(201);
    const before = await dates(p);
    const problem = expectProblem(await link(p, c.id, a.id), 409, 'successorId');
    expect(problem.detail).toContain('"Charlie" → "Alpha" → "Bravo" → "Charlie"');
    expect((await links(p)).length).toBe(2);
    expect(await dates(p)).toEqual(before);
  });

  it('changes type and lag with the version read; a stale version is 409 with the current link and changes nothing', async () => {
    const p = await project('Versions');
    const a = await task(p, 'A');
    const b = await task(p, 'B');
    const created = linkWriteResultSchema.parse((await link(p, a.id, b.id)).json()).link;
    const patched = await pat.patch(`/api/v1/links/${created.id}`, { version: 1, lag: DAY, lagUnit: 'd' });
    expect(patched.statusCode, patched.body).toBe(200);
    const result = linkWriteResultSchema.parse(patched.json());
    expect(result.link).toMatchObject({ lag: DAY, version: 2 });
    expect(result.rescheduled.map((t) => [t.name, t.start])).toContainEqual(['B', '2026-03-04T08:00:00']);
    const before = await dates(p);
    const stale = await pat.patch(`/api/v1/links/${created.id}`, { version: 1, type: 'SS' });
    const problem = expectProblem(stale, 409, 'version');
    expect(linkSchema.parse(problem.current)).toMatchObject({ type: 'FS', lag: DAY, version: 2 });
    expectProblem(await pat.delete(`/api/v1/links/${created.id}?version=1`), 409, 'version');
    expect(await links(p)).toEqual([result.link]);
    expect(await dates(p)).toEqual(before);
    expectProblem(await pat.delete(`/api/v1/links/${created.id}?version=x`), 400, 'query.version');
  });

  it('deletes a link with its current version (200 with the tasks that moved back)', async () => {
    const p = await project('Unlink');
    const a = await task(p, 'A');
    const b = await task(p, 'B');
    const created = linkWriteResultSchema.parse((await link(p, a.id, b.id)).json()).link;
    const deleted = await pat.delete(`/api/v1/links/${created.id}?version=1`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    const moved = rescheduleResultSchema.parse(deleted.json()).rescheduled;
    expect(moved.find((t) => t.id === b.id)).toMatchObject({ start: '2026-03-02T08:00:00' });
    expect(await links(p)).toEqual([]);
    expectProblem(await pat.get(`/api/v1/links/${created.id}`), 404);
  });

  it("answers 404 for another workspace's project, link and tasks, and 403 to a viewer's writes", async () => {
    const p = await project('Private');
    const a = await task(p, 'A');
    const b = await task(p, 'B');
    const created = linkWriteResultSchema.parse((await link(p, a.id, b.id)).json()).link;
    const sam = new Agent(app);
    const samSession = await sam.signUp(uniqueEmail('sam'), PASSWORD, 'Sam');
    const samProject = await project('Sam plan', sam, samSession.memberships[0].workspaceId);
    const samTask = await task(samProject, 'Mine', DAY, sam);
    expectProblem(await sam.get(`/api/v1/projects/${p}/links`), 404);
    expectProblem(
      await sam.post(`/api/v1/projects/${p}/links`, {
        predecessorId: a.id,
        successorId: b.id,
        type: 'SS',
        lag: 0,
      }),
      404,
    );
    expectProblem(await sam.get(`/api/v1/links/${created.id}`), 404);
    expectProblem(await sam.patch(`/api/v1/links/${created.id}`, { version: 1, lag: 5 }), 404);
    expectProblem(await sam.delete(`/api/v1/links/${created.id}`), 404);
    // Pat's project, Sam's task: the task is not found in Pat's workspace
    expectProblem(await link(p, a.id, samTask.id), 404);

    await addMember(app, workspaceId, samSession.user.id, 'viewer');
    expect((await sam.get(`/api/v1/links/${created.id}`)).statusCode).toBe(200);
    expectProblem(
      await sam.post(`/api/v1/projects/${p}/links`, {
        predecessorId: b.id,
        successorId: a.id,
        type: 'FS',
        lag: 0,
      }),
      403,
    );
    expectProblem(await sam.patch(`/api/v1/links/${created.id}`, { version: 1, lag: 5 }), 403);
    expectProblem(await sam.delete(`/api/v1/links/${created.id}`), 403);
    expect(await links(p)).toEqual([created]);
  });

  it('publishes each committed link write with the tasks it moved', async () => {
    const p = await project('Live');
    const a = await task(p, 'A');
    const b = await task(p, 'B');
    const events: unknown[] = [];
    const stop = app.changeFeed.subscribe((event) => events.push(event));
    try {
      const created = linkWriteResultSchema.parse((await link(p, a.id, b.id)).json());
      expectProblem(await link(p, b.id, a.id), 409);
      expect(events).toEqual([
        expect.objectContaining({
          workspaceId,
          projectId: p,
          entity: 'link',
          kind: 'upsert',
          ids: [created.link.id],
          rescheduledTaskIds: created.rescheduled.map((t) => t.id),
        }),
      ]);
    } finally {
      stop();
    }
  });
});
