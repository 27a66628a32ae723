import { projectSchema, simulationSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const DAY = 480;

describeEachDatabase('schedule risk simulation', (database) => {
  let app: FastifyInstance;
  let pat: Agent;
  let workspaceId: string;
  let projectId: string;
  let taskIds: string[];

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pat = new Agent(app);
    const session = await pat.signUp(uniqueEmail('pat'), 'simulation password', 'Pat Manager');
    workspaceId = session.memberships[0].workspaceId;
    // Monday 2 March 2026: Survey (5 days) then Build (10 days): finish Friday 20 March 17:00
    const project = await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Pier',
      start: '2026-03-02T08:00:00',
    });
    projectId = projectSchema.parse(project.json()).id;
    const survey = await pat.post(`/api/v1/projects/${projectId}/tasks`, {
      name: 'Survey',
      duration: 5 * DAY,
    });
    const build = await pat.post(`/api/v1/projects/${projectId}/tasks`, {
      name: 'Build',
      duration: 10 * DAY,
    });
    taskIds = [survey, build].map((r) => taskWriteResultSchema.parse(r.json()).task.id);
    const link = await pat.post(`/api/v1/projects/${projectId}/links`, {
      predecessorId: taskIds[0],
      successorId: taskIds[1],
      type: 'FS',
      lag: 0,
    });
    expect(link.statusCode, link.body).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('equals the CPM finish without uncertainty, and moves P80 by a certain risk on a critical task', async () => {
    const flat = await pat.post(`/api/v1/projects/${projectId}/simulations`, {
      iterations: 200,
      uncertainty: { low: 0, high: 0 },
    });
    expect(flat.statusCode, flat.body).toBe(201);
    const before = simulationSchema.parse(flat.json());
    expect(before.deterministicFinish).toBe('2026-03-20T17:00:00');
    expect([before.finish.p10, before.finish.p80, before.finish.p90]).toEqual(
      Array(3).fill('2026-03-20T17:00:00'),
    );
    expect(before.criticality.map((c) => c.index)).toEqual([1, 1]);

    // a risk that will happen (100 %) adds 2 working days to Build: P80 moves to Tuesday 24 March
    const risk = await pat.post(`/api/v1/projects/${projectId}/risks`, {
      title: 'Steel arrives late',
      probability: 5,
      scheduleImpact: 3,
      costImpact: 2,
      probabilityPercent: 100,
      scheduleImpactMinutes: 2 * DAY,
      taskIds: [taskIds[1]],
    });
    expect(risk.statusCode, risk.body).toBe(201);
    const after = simulationSchema.parse(
      (
        await pat.post(`/api/v1/projects/${projectId}/simulations`, {
          iterations: 200,
          uncertainty: { low: 0, high: 0 },
          deadline: '2026-03-23T17:00:00',
        })
      ).json(),
    );
    expect(after.risks).toBe(1);
    expect(after.finish.p80).toBe('2026-03-24T17:00:00');
    expect(after.deadlineProbability).toBe(0);
    const latest = await pat.get(`/api/v1/projects/${projectId}/simulations/latest`);
    expect(simulationSchema.parse(latest.json())).toEqual(after);
    // the same request without risks is back on the CPM date
    const noRisks = await pat.post(`/api/v1/projects/${projectId}/simulations`, {
      iterations: 100,
      uncertainty: { low: 0, high: 0 },
      includeRisks: false,
    });
    expect(simulationSchema.parse(noRisks.json()).finish.p80).toBe('2026-03-20T17:00:00');
  });

  it('spreads the finish with the default −10 %/+30 % uncertainty, reproducibly', async () => {
    const run = async () =>
      simulationSchema.parse(
        (
          await pat.post(`/api/v1/projects/${projectId}/simulations`, {
            iterations: 1000,
            seed: 3,
            includeRisks: false,
          })
        ).json(),
      );
    const first = await run();
    const again = await run();
    expect(again.finish).toEqual(first.finish);
    expect(first.finish.p10 < first.finish.p90).toBe(true);
    expect(first.histogram.at(-1)?.cumulative).toBe(1);
  });

  it('names bad input, hides foreign projects and refuses an empty plan', async () => {
    const url = `/api/v1/projects/${projectId}/simulations`;
    expectProblem(await pat.post(url, { iterations: 5 }), 400, 'body.iterations');
    expectProblem(await pat.post(url, { uncertainty: { low: 10, high: 30 } }), 400, 'body.uncertainty.low');
    expectProblem(await pat.post(url, { runs: 3 }), 400, 'body.runs');
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), 'simulation password', 'Eve');
    expectProblem(await eve.post(url, {}), 404);
    expectProblem(await eve.get(`${url}/latest`), 404);
    const empty = await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Empty',
      start: '2026-03-02T08:00:00',
    });
    const emptyId = projectSchema.parse(empty.json()).id;
    expectProblem(await pat.post(`/api/v1/projects/${emptyId}/simulations`, {}), 400);
    expectProblem(await pat.get(`/api/v1/projects/${emptyId}/simulations/latest`), 404);
  });
});
