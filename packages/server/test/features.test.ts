import { featureListSchema, featureSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'product backlog password';
const DAY = 480;

describeEachDatabase('features: scores, ranking and the delivery forecast', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;
  let projectId: string;
  let buildId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia Product')).memberships[0].workspaceId;
    projectId = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Mobile app',
        start: '2026-03-02T08:00:00',
      })
    ).json().id;
    // Build: 10 working days from Monday 2 March 2026 → Friday 13 March 17:00
    buildId = taskWriteResultSchema.parse(
      (
        await pm.post(`/api/v1/projects/${projectId}/tasks`, { name: 'Build export', duration: 10 * DAY })
      ).json(),
    ).task.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const url = () => `/api/v1/workspaces/${workspaceId}/features`;
  async function create(body: Record<string, unknown>) {
    const response = await pm.post(url(), body);
    expect(response.statusCode, response.body).toBe(201);
    return featureSchema.parse(response.json());
  }

  it('computes RICE and WSJF from the stored inputs and ranks by either', async () => {
    // RICE: 500 × 2 × 0.8 / 2 = 400; WSJF: (8 + 5 + 3) / 8 = 2
    const a = await create({
      title: 'CSV export',
      rice: { reach: 500, impact: 2, confidence: 0.8, effort: 2 },
      wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 8 },
    });
    expect(a.scores).toEqual({ rice: 400, wsjf: 2, valueEffort: null, scorecard: null, issues: [] });
    // RICE: 1000 × 1 × 0.5 / 1 = 500; WSJF: (3 + 1 + 1) / 1 = 5
    const b = await create({
      title: 'Dark mode',
      rice: { reach: 1000, impact: 1, confidence: 0.5, effort: 1 },
      wsjf: { businessValue: 3, timeCriticality: 1, riskReduction: 1, jobSize: 1 },
    });
    const byRice = featureListSchema
      .parse((await pm.get(`${url()}?sort=rice`)).json())
      .items.map((f) => f.title);
    expect(byRice.slice(0, 2)).toEqual(['Dark mode', 'CSV export']);
    // rescoring CSV export (reach 2,000 → 1,600) changes the ranking
    expect(
      (await pm.patch(`/api/v1/features/${a.id}`, { version: 1, rice: { reach: 2000 } })).json().scores.rice,
    ).toBe(1600);
    const after = featureListSchema
      .parse((await pm.get(`${url()}?sort=rice`)).json())
      .items.map((f) => f.title);
    expect(after.slice(0, 2)).toEqual(['CSV export', 'Dark mode']);
    expect(featureListSchema.parse((await pm.get(`${url()}?sort=wsjf`)).json()).items[0].id).toBe(b.id);
  });

  it('answers a clear reason instead of NaN or Infinity for zero and missing inputs', async () => {
    const zero = await create({
      title: 'Zero effort',
      rice: { reach: 10, impact: 1, confidence: 1, effort: 0 },
      wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 },
    });
    expect(zero.scores.rice).toBeNull();
    expect(zero.scores.wsjf).toBeNull();
    expect(zero.scores.issues).toEqual([
      { field: 'rice.effort', message: 'must be greater than 0' },
      { field: 'wsjf.jobSize', message: 'must be greater than 0' },
    ]);
    const partial = await create({ title: 'Half scored', rice: { reach: 10, impact: 1 } });
    expect(partial.scores.issues).toEqual([{ field: 'rice.confidence', message: 'is missing' }]);
    const unscored = await create({ title: 'Not scored' });
    expect(unscored.scores).toEqual({
      rice: null,
      wsjf: null,
      valueEffort: null,
      scorecard: null,
      issues: [],
    });
    expect(JSON.stringify(featureListSchema.parse((await pm.get(url())).json()))).not.toMatch(/NaN|Infinity/);
    expectProblem(
      await pm.post(url(), { title: 'x', rice: { confidence: 1.5 } }),
      400,
      'body.rice.confidence',
    );
  });

  it('derives the roadmap date from the linked work and flags it when it passes the target', async () => {
    const feature = await create({
      title: 'Export to Excel',
      targetDate: '2026-03-13',
      links: [{ projectId, taskId: buildId }],
    });
    expect(feature.forecast).toEqual({ cpmFinish: '2026-03-13T17:00:00', p50: null, p80: null, late: false });
    // slip the task by two days in the plan: the forecast follows and turns late
    const task = (await pm.get(`/api/v1/tasks/${buildId}`)).json();
    expect(
      (await pm.patch(`/api/v1/tasks/${buildId}`, { version: task.version, duration: 12 * DAY })).statusCode,
    ).toBe(200);
    const slipped = featureSchema.parse((await pm.get(`/api/v1/features/${feature.id}`)).json());
    expect(slipped.forecast).toMatchObject({ cpmFinish: '2026-03-17T17:00:00', late: true });
    // a simulation of the project gives P50/P80 of the linked work
    const simulation = await pm.post(`/api/v1/projects/${projectId}/simulations`, {
      iterations: 200,
      uncertainty: { low: 0, high: 0 },
    });
    expect(simulation.statusCode, simulation.body).toBe(201);
    const simulated = featureSchema.parse((await pm.get(`/api/v1/features/${feature.id}`)).json());
    expect(simulated.forecast).toEqual({
      cpmFinish: '2026-03-17T17:00:00',
      p50: '2026-03-17T17:00:00',
      p80: '2026-03-17T17:00:00',
      late: true,
    });
    // unlinked: no forecast
    expect(
      (await pm.patch(`/api/v1/features/${feature.id}`, { version: 1, links: [] })).json().forecast,
    ).toBeNull();
  });

  it('keeps the hierarchy and the workflow honest', async () => {
    const initiative = await create({ title: 'Enterprise', kind: 'initiative' });
    const child = await create({ title: 'SSO', parentId: initiative.id, lane: 'next' });
    expect(child.parentId).toBe(initiative.id);
    expectProblem(await pm.post(url(), { title: 'x', parentId: child.id }), 400, 'body.parentId');
    expectProblem(
      await pm.patch(`/api/v1/features/${child.id}`, { version: 1, status: 'rejected' }),
      400,
      'body.statusReason',
    );
    const rejected = await pm.patch(`/api/v1/features/${child.id}`, {
      version: 1,
      status: 'rejected',
      statusReason: 'No demand',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', statusReason: 'No demand', version: 2 });
    // moving across now/next/later
    expect((await pm.patch(`/api/v1/features/${child.id}`, { version: 2, lane: 'now' })).json().lane).toBe(
      'now',
    );
    expectProblem(
      await pm.patch(`/api/v1/features/${child.id}`, { version: 2, lane: 'later' }),
      409,
      'version',
    );
    expect((await pm.get(`/api/v1/features/${child.id}`)).json().lane).toBe('now');
    expectProblem(
      await pm.post(url(), { title: 'x', links: [{ projectId: workspaceId }] }),
      400,
      'body.links.0.projectId',
    );
    expectProblem(await pm.post(url(), { title: 'x', lane: 'someday' }), 400, 'body.lane');
    expect(
      (await pm.request({ method: 'DELETE', url: `/api/v1/features/${initiative.id}?version=1` })).statusCode,
    ).toBe(204);
    expect((await pm.get(`/api/v1/features/${child.id}`)).json().parentId).toBeNull();
  });

  it('hides other workspaces and keeps viewers to reading', async () => {
    const feature = await create({ title: 'Private' });
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(url()), 404);
    expectProblem(await eve.get(`/api/v1/features/${feature.id}`), 404);
    expectProblem(await eve.patch(`/api/v1/features/${feature.id}`, { version: 1, title: 'Eve' }), 404);
    const { agent: vic } = await joinAs(app, workspaceId, 'viewer', PASSWORD);
    expect((await vic.get(`/api/v1/features/${feature.id}`)).statusCode).toBe(200);
    expectProblem(await vic.post(url(), { title: 'Viewer' }), 403);
    expectProblem(await vic.patch(`/api/v1/features/${feature.id}`, { version: 1, title: 'Viewer' }), 403);
  });
});
