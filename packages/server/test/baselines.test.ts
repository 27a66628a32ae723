import { baselineComparisonSchema, baselineListSchema, baselineSummarySchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChangeEvent } from '../src/live/change-feed';
import { describeEachDatabase } from '../src/testing/index';
import type { Method } from './support/agent';
import { createProject, createTask, MONDAY, type People, signUpPeople } from './support/plan-fixture';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const DAY = 480;

describeEachDatabase('baselines', (database) => {
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
    const design = await createTask(people.alice, project.id, { name: 'Design', duration: 2 * DAY });
    const build = await createTask(people.alice, project.id, { name: 'Build', duration: 3 * DAY });
    return { project, design, build, url: `/api/v1/projects/${project.id}/baselines` };
  }

  async function compare(projectId: string, number: number) {
    const response = await people.alice.get(`/api/v1/projects/${projectId}/baselines/${number}/compare`);
    expect(response.statusCode, response.body).toBe(200);
    return baselineComparisonSchema.parse(response.json());
  }

  it('saves baseline 0, then shows a slipped task with its variance in working minutes', async () => {
    const { project, design, build, url } = await plan('Slip');
    const saved = await people.alice.post(url, { number: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(baselineSummarySchema.parse(saved.json())).toMatchObject({ number: 0, taskCount: 2 });

    const untouched = await compare(project.id, 0);
    expect(untouched.items.map((i) => [i.taskId, i.variance, i.slipped])).toEqual([
      [design.id, { start: 0, finish: 0, duration: 0 }, false],
      [build.id, { start: 0, finish: 0, duration: 0 }, false],
    ]);

    // Build grows from 3 to 5 days: it still starts Monday 08:00 and now finishes Friday 17:00
    // instead of Wednesday 17:00, two working days (960 working minutes) late.
    const slip = await people.alice.patch(`/api/v1/tasks/${build.id}`, {
      version: build.version,
      duration: 5 * DAY,
    });
    expect(slip.statusCode, slip.body).toBe(200);
    const after = await compare(project.id, 0);
    const item = after.items.find((i) => i.taskId === build.id);
    expect(item).toMatchObject({
      baseline: { start: MONDAY, finish: '2026-03-04T17:00:00', duration: 3 * DAY },
      current: { start: MONDAY, finish: '2026-03-06T17:00:00', duration: 5 * DAY },
      variance: { start: 0, finish: 2 * DAY, duration: 2 * DAY },
      slipped: true,
    });
    expect(after.items.find((i) => i.taskId === design.id)?.slipped).toBe(false);
  });

  it('saves a baseline for selected tasks only, lists baselines, and clears one', async () => {
    const { project, design, build, url } = await plan('Selected');
    expect((await people.alice.post(url, { number: 3, taskIds: [design.id] })).json()).toMatchObject({
      number: 3,
      taskCount: 1,
    });
    await people.alice.post(url, { number: 0 });
    const list = baselineListSchema.parse((await people.alice.get(url)).json());
    expect(list.items.map((b) => [b.number, b.taskCount])).toEqual([
      [0, 2],
      [3, 1],
    ]);
    const three = await compare(project.id, 3);
    expect(three.items.find((i) => i.taskId === build.id)).toMatchObject({
      baseline: null,
      variance: null,
      slipped: false,
    });
    expect(three.items.find((i) => i.taskId === design.id)?.baseline).not.toBeNull();

    const cleared = await people.alice.delete(`${url}/3`);
    expect(cleared.statusCode, cleared.body).toBe(204);
    expect((await compare(project.id, 3)).items.every((i) => i.baseline === null)).toBe(true);
    expect((await compare(project.id, 0)).items.every((i) => i.baseline !== null)).toBe(true);
    expectProblem(await people.alice.delete(`${url}/3`), 404);
  });

  it('answers 400 naming the field for bad input, and saves nothing', async () => {
    const { project, url } = await plan('Bad input');
    const other = await createProject(people.alice, people.workspaceId, 'Other');
    const stranger = await createTask(people.alice, other.id, { name: 'Elsewhere', duration: DAY });
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'body.number'],
      [{ number: 11 }, 'body.number'],
      [{ number: 1.5 }, 'body.number'],
      [{ number: 1, taskIds: [] }, 'body.taskIds'],
      [{ number: 1, taskIds: ['nope'] }, 'body.taskIds.0'],
      [{ number: 1, taskIds: [stranger.id] }, 'body.taskIds.0'],
    ];
    for (const [body, field] of cases) expectProblem(await people.alice.post(url, body), 400, field);
    expect(baselineListSchema.parse((await people.alice.get(url)).json()).items).toEqual([]);
    expectProblem(
      await people.alice.get(`/api/v1/projects/${project.id}/baselines/x/compare`),
      400,
      'params.number',
    );
    expectProblem(
      await people.alice.get(`/api/v1/projects/${project.id}/baselines/12/compare`),
      400,
      'params.number',
    );
    expectProblem(await people.alice.delete(`${url}/-1`), 400, 'params.number');
  });

  it('announces saved and cleared baselines after commit', async () => {
    const { project, url } = await plan('Announced');
    const events: ChangeEvent[] = [];
    const stop = app.changeFeed.subscribe((event) => events.push(event));
    try {
      await people.alice.post(url, { number: 2 });
      await people.alice.delete(`${url}/2`);
      await people.alice.post(url, { number: 99 });
    } finally {
      stop();
    }
    expect(events.map((e) => [e.entity, e.kind, e.projectId, e.ids])).toEqual([
      ['baseline', 'upsert', project.id, ['2']],
      ['baseline', 'delete', project.id, ['2']],
    ]);
  });

  it("answers 404 for another workspace's project baselines", async () => {
    const { project, url } = await plan('Foreign');
    await people.alice.post(url, { number: 0 });
    const attempts: [Method, string, unknown?][] = [
      ['GET', url],
      ['POST', url, { number: 1 }],
      ['DELETE', `${url}/0`],
      ['GET', `${url}/0/compare`],
    ];
    for (const [method, target, json] of attempts) {
      const response = await people.bob.request({ method, url: target, json });
      expectProblem(response, 404);
      expect(response.body).not.toContain('Design');
    }
    expect((await compare(project.id, 0)).items.every((i) => i.baseline !== null)).toBe(true);
  });

  it('lets a viewer compare baselines but not save or clear them (403)', async () => {
    const { project, url } = await plan('Viewer');
    await people.alice.post(url, { number: 0 });
    expect((await people.carol.get(`${url}/0/compare`)).statusCode).toBe(200);
    expect((await people.carol.get(url)).statusCode).toBe(200);
    expectProblem(await people.carol.post(url, { number: 1 }), 403);
    expectProblem(await people.carol.delete(`${url}/0`), 403);
    const list = baselineListSchema.parse((await people.alice.get(url)).json());
    expect(list.items.map((b) => b.number)).toEqual([0]);
    expect((await compare(project.id, 0)).items).toHaveLength(2);
  });
});
