import {
  calendarListSchema,
  calendarSchema,
  calendarWriteResultSchema,
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
const PASSWORD = 'calendars test password';
const OFF = { working: false, ranges: [] };
const EARLY = {
  working: true,
  ranges: [
    { from: 360, to: 600 },
    { from: 660, to: 900 },
  ],
};

describeEachDatabase('calendars', (database) => {
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

  const calendarsUrl = () => `/api/v1/workspaces/${workspaceId}/calendars`;
  async function createCalendar(body: Record<string, unknown>) {
    const response = await pat.post(calendarsUrl(), body);
    expect(response.statusCode, response.body).toBe(201);
    return calendarSchema.parse(response.json());
  }

  it('creates a Standard base calendar by default and lists it', async () => {
    const standard = await createCalendar({ name: 'Standard' });
    expect(standard).toMatchObject({
      name: 'Standard',
      baseCalendarId: null,
      exceptions: [],
      workWeeks: [],
      version: 1,
    });
    expect(standard.week[0]).toEqual(OFF);
    expect(standard.week[1]?.ranges).toEqual([
      { from: 480, to: 720 },
      { from: 780, to: 1020 },
    ]);
    const list = calendarListSchema.parse((await pat.get(calendarsUrl())).json()).items;
    expect(list.map((c) => c.id)).toContain(standard.id);
    expect(calendarSchema.parse((await pat.get(`/api/v1/calendars/${standard.id}`)).json())).toEqual(
      standard,
    );
  });

  it('schedules a project on its calendar: shifts, holidays and recurring exceptions', async () => {
    const shifts = await createCalendar({
      name: 'Early shifts',
      week: [OFF, EARLY, EARLY, EARLY, EARLY, EARLY, OFF],
      exceptions: [
        { name: 'Plant closed', from: '2026-03-03', to: '2026-03-03', working: false, ranges: [] },
        // every Wednesday in March is a day off
        {
          name: 'No Wednesdays',
          from: '2026-03-01',
          to: '2026-03-31',
          working: false,
          ranges: [],
          recurrence: { type: 'weekly', interval: 1, daysOfWeek: [3] },
        },
      ],
    });
    const created = await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'On shifts',
      start: '2026-03-02T06:00:00',
      calendarId: shifts.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ calendarId: shifts.id });
    const task = await pat.post(`/api/v1/projects/${created.json().id}/tasks`, {
      name: 'Work',
      duration: 3 * DAY,
    });
    // Mon 2nd, (Tue 3rd closed, Wed 4th off) Thu 5th, Fri 6th: 3 days on 06:00–10:00, 11:00–15:00
    expect(taskWriteResultSchema.parse(task.json()).task).toMatchObject({
      start: '2026-03-02T06:00:00',
      finish: '2026-03-06T15:00:00',
    });
  });

  it('reschedules the projects using a calendar (also through a derived one) when it changes', async () => {
    const base = await createCalendar({ name: 'Base' });
    const derived = await createCalendar({ name: 'Derived', baseCalendarId: base.id });
    expect(derived.week).toEqual([null, null, null, null, null, null, null]);
    const project = await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Derived plan',
      start: '2026-03-02T08:00:00',
      calendarId: derived.id,
    });
    const taskId = (
      await pat.post(`/api/v1/projects/${project.json().id}/tasks`, { name: 'T', duration: DAY })
    ).json().task.id;
    const holiday = { from: '2026-03-02', to: '2026-03-02', working: false, ranges: [] };
    const patched = await pat.patch(`/api/v1/calendars/${base.id}`, { version: 1, exceptions: [holiday] });
    expect(patched.statusCode, patched.body).toBe(200);
    const result = calendarWriteResultSchema.parse(patched.json());
    expect(result.calendar).toMatchObject({ version: 2, exceptions: [holiday] });
    expect(result.rescheduled).toEqual([
      expect.objectContaining({ id: taskId, start: '2026-03-03T08:00:00', finish: '2026-03-03T17:00:00' }),
    ]);
  });

  it('refuses bad calendars naming the field, and writes nothing', async () => {
    const before = calendarListSchema.parse((await pat.get(calendarsUrl())).json()).items.length;
    expectProblem(await pat.post(calendarsUrl(), { name: '' }), 400, 'body.name');
    expectProblem(
      await pat.post(calendarsUrl(), { name: 'Six', week: [OFF, OFF, OFF, OFF, OFF, OFF] }),
      400,
      'body.week',
    );
    expectProblem(
      await pat.post(calendarsUrl(), {
        name: 'Overlap',
        week: [OFF, { working: true, ranges: [{ from: 600, to: 500 }] }, OFF, OFF, OFF, OFF, OFF],
      }),
      400,
      'body.week.1.ranges',
    );
    expectProblem(
      await pat.post(calendarsUrl(), { name: 'Nulls', week: [null, EARLY, EARLY, EARLY, EARLY, EARLY, OFF] }),
      400,
      'week.0',
    );
    expectProblem(
      await pat.post(calendarsUrl(), { name: 'Never', week: [OFF, OFF, OFF, OFF, OFF, OFF, OFF] }),
      400,
      'week',
    );
    expectProblem(
      await pat.post(calendarsUrl(), {
        name: 'Bad date',
        exceptions: [{ from: '2026-02-30', to: '2026-03-01', working: false, ranges: [] }],
      }),
      400,
      'body.exceptions.0.from',
    );
    expect(calendarListSchema.parse((await pat.get(calendarsUrl())).json()).items.length).toBe(before);
  });

  it('refuses a loop of base calendars, naming baseCalendarId', async () => {
    const a = await createCalendar({ name: 'Loop A' });
    const b = await createCalendar({ name: 'Loop B', baseCalendarId: a.id });
    expectProblem(
      await pat.patch(`/api/v1/calendars/${a.id}`, { version: 1, baseCalendarId: b.id }),
      400,
      'baseCalendarId',
    );
    expect((await pat.get(`/api/v1/calendars/${a.id}`)).json()).toMatchObject({
      baseCalendarId: null,
      version: 1,
    });
  });

  it('answers a stale version with 409 and the current calendar, changing nothing', async () => {
    const c = await createCalendar({ name: 'Versioned' });
    expect(
      (await pat.patch(`/api/v1/calendars/${c.id}`, { version: 1, name: 'Versioned 2' })).statusCode,
    ).toBe(200);
    const problem = expectProblem(
      await pat.patch(`/api/v1/calendars/${c.id}`, { version: 1, name: 'Lost' }),
      409,
      'version',
    );
    expect(calendarSchema.parse(problem.current)).toMatchObject({ name: 'Versioned 2', version: 2 });
    expectProblem(await pat.delete(`/api/v1/calendars/${c.id}?version=1`), 409, 'version');
    expect((await pat.get(`/api/v1/calendars/${c.id}`)).json()).toMatchObject({
      name: 'Versioned 2',
      version: 2,
    });
    expect((await pat.delete(`/api/v1/calendars/${c.id}?version=2`)).statusCode).toBe(204);
    expectProblem(await pat.get(`/api/v1/calendars/${c.id}`), 404);
  });

  it('refuses to delete a calendar a project or a derived calendar uses (409 naming it)', async () => {
    const used = await createCalendar({ name: 'Used' });
    await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'User of Used',
      calendarId: used.id,
    });
    const problem = expectProblem(await pat.delete(`/api/v1/calendars/${used.id}`), 409, 'calendarId');
    expect(problem.detail).toContain('project "User of Used"');
    expect((await pat.get(`/api/v1/calendars/${used.id}`)).statusCode).toBe(200);
  });

  it("answers 404 for another workspace's calendars, and 403 to a viewer's writes", async () => {
    const c = await createCalendar({ name: 'Private' });
    const sam = new Agent(app);
    const samSession = await sam.signUp(uniqueEmail('sam'), PASSWORD, 'Sam');
    expectProblem(await sam.get(calendarsUrl()), 404);
    expectProblem(await sam.post(calendarsUrl(), { name: 'Intruder' }), 404);
    expectProblem(await sam.get(`/api/v1/calendars/${c.id}`), 404);
    expectProblem(await sam.patch(`/api/v1/calendars/${c.id}`, { version: 1, name: 'Hijack' }), 404);
    expectProblem(await sam.delete(`/api/v1/calendars/${c.id}`), 404);
    // a project of Sam's cannot use Pat's calendar either
    const samWs = samSession.memberships[0].workspaceId;
    expectProblem(
      await sam.post(`/api/v1/workspaces/${samWs}/projects`, { name: 'X', calendarId: c.id }),
      404,
    );

    await addMember(app, workspaceId, samSession.user.id, 'viewer');
    expect((await sam.get(`/api/v1/calendars/${c.id}`)).statusCode).toBe(200);
    expectProblem(await sam.post(calendarsUrl(), { name: 'Viewer' }), 403);
    expectProblem(await sam.patch(`/api/v1/calendars/${c.id}`, { version: 1, name: 'Viewer' }), 403);
    expectProblem(await sam.delete(`/api/v1/calendars/${c.id}`), 403);
    expect((await pat.get(`/api/v1/calendars/${c.id}`)).json()).toMatchObject({
      name: 'Private',
      version: 1,
    });
  });
});
