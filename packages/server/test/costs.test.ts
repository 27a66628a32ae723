import {
  earnedValueSchema,
  projectCostsSchema,
  taskCostSchema,
  taskWriteResultSchema,
  timesheetEntrySchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'cost control password';
const DAY = 480;

describeEachDatabase('cost, timesheets and earned value', (database) => {
  let app: FastifyInstance;
  let pat: Agent;
  let workspaceId: string;
  let projectId: string;
  let taskId: string;
  let annId: string;

  const join = async (role: 'member' | 'viewer') => (await joinAs(app, workspaceId, role, PASSWORD)).agent;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pat = new Agent(app);
    const session = await pat.signUp(uniqueEmail('pat'), PASSWORD, 'Pat Manager');
    workspaceId = session.memberships[0].workspaceId;
    // Build: 10 working days from Monday 2 March 2026 08:00, Ann full time at 100.00 an hour
    projectId = (
      await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Depot',
        start: '2026-03-02T08:00:00',
      })
    ).json().id;
    const task = await pat.post(`/api/v1/projects/${projectId}/tasks`, { name: 'Build', duration: 10 * DAY });
    taskId = taskWriteResultSchema.parse(task.json()).task.id;
    const ann = await pat.post(`/api/v1/workspaces/${workspaceId}/resources`, {
      name: 'Ann',
      standardRate: { amountMinor: 10_000, per: 'h' },
    });
    expect(ann.statusCode, ann.body).toBe(201);
    annId = (ann.json().resource ?? ann.json()).id;
    const assignment = await pat.post(`/api/v1/projects/${projectId}/assignments`, {
      taskId,
      resourceId: annId,
    });
    expect(assignment.statusCode, assignment.body).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('costs a task from its assignments and fixed cost, exactly in minor units', async () => {
    const costs = projectCostsSchema.parse((await pat.get(`/api/v1/projects/${projectId}/costs`)).json());
    // 80 hours × 100.00
    expect(costs.tasks[0]).toMatchObject({
      taskId,
      plannedCostMinor: 800_000,
      actualCostMinor: 0,
      version: 1,
    });
    const fixed = await pat.patch(`/api/v1/tasks/${taskId}/cost`, { version: 1, fixedCostMinor: 50_000 });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(taskCostSchema.parse(fixed.json())).toMatchObject({
      plannedCostMinor: 850_000,
      fixedCostMinor: 50_000,
      version: 2,
    });
    expectProblem(
      await pat.patch(`/api/v1/tasks/${taskId}/cost`, { version: 1, fixedCostMinor: 1 }),
      409,
      'version',
    );
    expectProblem(
      await pat.patch(`/api/v1/tasks/${taskId}/cost`, { version: 2, fixedCostMinor: 10.5 }),
      400,
      'body.fixedCostMinor',
    );
    const settings = await pat.patch(`/api/v1/projects/${projectId}/costs`, {
      version: 1,
      budgetMinor: 900_000,
      evMethod: 'duration',
    });
    expect(projectCostsSchema.parse(settings.json())).toMatchObject({
      budgetMinor: 900_000,
      plannedCostMinor: 850_000,
      version: 2,
    });
    expectProblem(
      await pat.patch(`/api/v1/projects/${projectId}/costs`, { version: 1, budgetMinor: 1 }),
      409,
      'version',
    );
  });

  it('moves AC when time is approved and EV when progress is reported', async () => {
    expect(
      (await pat.post(`/api/v1/projects/${projectId}/baselines`, { number: 0 })).statusCode,
    ).toBeLessThan(300);
    const ev = async () =>
      earnedValueSchema.parse(
        (await pat.get(`/api/v1/projects/${projectId}/earned-value?statusDate=2026-03-06T17:00:00`)).json(),
      );
    const before = await ev();
    // half of the baseline's working time is past: PV = 850,000 / 2
    expect(before).toMatchObject({ baseline: 'baseline', pv: 425_000, ev: 0, ac: 0, bac: 850_000 });

    // Ann enters 8 hours a day for the first week and submits; nothing is actual until approved
    const entries = [];
    for (const date of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) {
      const entry = await pat.post(`/api/v1/projects/${projectId}/timesheet`, {
        taskId,
        resourceId: annId,
        date,
        minutes: 480,
        status: 'submitted',
      });
      expect(entry.statusCode, entry.body).toBe(201);
      entries.push(timesheetEntrySchema.parse(entry.json()));
    }
    expect((await ev()).ac).toBe(0);
    for (const entry of entries) {
      const approved = await pat.patch(`/api/v1/timesheet-entries/${entry.id}`, {
        version: 1,
        status: 'approved',
      });
      expect(approved.statusCode, approved.body).toBe(200);
    }
    const task = (await pat.get(`/api/v1/tasks/${taskId}`)).json();
    expect(
      (await pat.patch(`/api/v1/tasks/${taskId}`, { version: task.version, percentComplete: 40 })).statusCode,
    ).toBe(200);
    const after = await ev();
    // AC: 40 h × 100.00 + 40 % of the 500.00 fixed cost; EV: 40 % of 8,500.00
    expect(after).toMatchObject({ ac: 420_000, ev: 340_000, sv: -85_000, cv: -80_000 });
    expect(after.spi).toBeCloseTo(0.8, 12);
    expect(after.cpi).toBeCloseTo(340 / 420, 12);
    // EAC = BAC / CPI = 850,000 × 420 / 340
    expect(after.eac.cpi).toBe(1_050_000);
    expect(after.eac.atypical).toBe(930_000);
    // weeks from Monday 2 March: PV 425,000 then 850,000; ES = 340/425 = 0.8 weeks
    expect(after.series.map((p) => p.pv)).toEqual([425_000, 850_000]);
    expect(after.earnedSchedule?.es).toBeCloseTo(0.8, 12);
    // Friday 17:00 closes the first week's working time: AT = 1 week, so SPI(t) = 0.8 like SPI
    // (by clock time AT was 0.67 week and SPI(t) 1.19, "ahead" of a plan the work is behind)
    expect(after.earnedSchedule?.at).toBe(1);
    expect(after.earnedSchedule?.spit).toBeCloseTo(0.8, 12);
    // TSPI = (2 − 0.8) / (2 − 1); IEAC(t) = 2 / 0.8 = 2.5 weeks: half of week 3's working time, Wednesday noon
    expect(after.earnedSchedule?.tspi).toBeCloseTo(1.2, 12);
    expect(after.earnedSchedule?.forecastFinish).toBe('2026-03-18T12:00:00');
    expect(after.series[0].ac).toBe(420_000);
    expect(after.series[1].ac).toBeNull();
    const costs = projectCostsSchema.parse((await pat.get(`/api/v1/projects/${projectId}/costs`)).json());
    expect(costs.actualCostMinor).toBe(420_000);
    // approved time is frozen
    expectProblem(
      await pat.patch(`/api/v1/timesheet-entries/${entries[0].id}`, { version: 2, minutes: 1 }),
      409,
    );
    expectProblem(
      await pat.request({ method: 'DELETE', url: `/api/v1/timesheet-entries/${entries[0].id}` }),
      409,
    );
  });

  it('lets members enter time but only admins approve it, and viewers neither', async () => {
    const member = await join('member');
    const entry = await member.post(`/api/v1/projects/${projectId}/timesheet`, {
      taskId,
      resourceId: annId,
      date: '2026-03-09',
      minutes: 240,
    });
    expect(entry.statusCode, entry.body).toBe(201);
    const id = entry.json().id;
    expect(entry.json().status).toBe('draft');
    expect(
      (await member.patch(`/api/v1/timesheet-entries/${id}`, { version: 1, status: 'submitted' })).statusCode,
    ).toBe(200);
    expectProblem(
      await member.patch(`/api/v1/timesheet-entries/${id}`, { version: 2, status: 'approved' }),
      403,
    );
    expectProblem(
      await pat.patch(`/api/v1/timesheet-entries/${id}`, { version: 1, status: 'approved' }),
      409,
      'version',
    );
    expect(
      (await pat.patch(`/api/v1/timesheet-entries/${id}`, { version: 2, status: 'rejected' })).json().status,
    ).toBe('rejected');
    const viewer = await join('viewer');
    expect((await viewer.get(`/api/v1/projects/${projectId}/timesheet`)).statusCode).toBe(200);
    expectProblem(
      await viewer.post(`/api/v1/projects/${projectId}/timesheet`, {
        taskId,
        resourceId: annId,
        date: '2026-03-09',
        minutes: 60,
      }),
      403,
    );
    expectProblem(await viewer.patch(`/api/v1/tasks/${taskId}/cost`, { version: 2, fixedCostMinor: 0 }), 403);
  });

  it('names bad input and hides other workspaces', async () => {
    const url = `/api/v1/projects/${projectId}/timesheet`;
    const base = { taskId, resourceId: annId, date: '2026-03-10', minutes: 60 };
    expectProblem(await pat.post(url, { ...base, minutes: 2000 }), 400, 'body.minutes');
    expectProblem(await pat.post(url, { ...base, date: '2026-02-30' }), 400, 'body.date');
    expectProblem(await pat.post(url, { ...base, hours: 1 }), 400, 'body.hours');
    expectProblem(await pat.post(url, { ...base, resourceId: taskId }), 400, 'body.resourceId');
    expectProblem(
      await pat.get(`/api/v1/projects/${projectId}/earned-value?statusDate=soon`),
      400,
      'query.statusDate',
    );
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(`/api/v1/projects/${projectId}/costs`), 404);
    expectProblem(await eve.get(`/api/v1/projects/${projectId}/earned-value`), 404);
    expectProblem(await eve.patch(`/api/v1/tasks/${taskId}/cost`, { version: 2, fixedCostMinor: 0 }), 404);
    expectProblem(await eve.post(url, base), 404);
  });
});
