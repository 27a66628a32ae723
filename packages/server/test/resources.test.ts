import { rescheduleResultSchema, resourceListSchema, resourceSchema } from '@tandem/api';
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

describeEachDatabase('resources', (database) => {
  let app: FastifyInstance;
  let people: People;
  let url: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    people = await signUpPeople(app);
    url = `/api/v1/workspaces/${people.workspaceId}/resources`;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a work resource with availability over time and dated rates, in minor units', async () => {
    const resource = await createResource(people.alice, people.workspaceId, {
      name: 'Ada Engineer',
      group: 'Engineering',
      maxUnits: 100,
      availability: [
        { from: null, to: '2026-03-31T00:00', maxUnits: 50 },
        { from: '2026-04-01T00:00', to: null, maxUnits: 100 },
      ],
      standardRate: { amountMinor: 8500, per: 'h' },
      overtimeRate: { amountMinor: 12750, per: 'h' },
      costPerUse: { amountMinor: 2000 },
      rateChanges: [
        {
          effectiveFrom: '2026-07-01T00:00',
          standardRate: { amountMinor: 9000, per: 'h' },
          overtimeRate: { amountMinor: 13500, per: 'h' },
          costPerUse: { amountMinor: 0 },
        },
      ],
    });
    expect(resource).toMatchObject({
      workspaceId: people.workspaceId,
      name: 'Ada Engineer',
      type: 'work',
      initials: 'A',
      group: 'Engineering',
      calendarId: null,
      standardRate: { amountMinor: 8500, per: 'h' },
      costPerUse: { amountMinor: 2000 },
      version: 1,
    });
    expect(resource.availability).toEqual([
      { from: null, to: '2026-03-31T00:00:00', maxUnits: 50 },
      { from: '2026-04-01T00:00:00', to: null, maxUnits: 100 },
    ]);
    expect(resource.rateChanges[0]).toMatchObject({ effectiveFrom: '2026-07-01T00:00:00' });
    const got = await people.alice.get(`/api/v1/resources/${resource.id}`);
    expect(resourceSchema.parse(got.json())).toEqual(resource);
  });

  it('lists resources by name; material rates are per unit', async () => {
    await createResource(people.alice, people.workspaceId, {
      name: 'Concrete',
      type: 'material',
      materialLabel: 'm³',
      standardRate: { amountMinor: 11000, per: 'unit' },
    });
    const list = resourceListSchema.parse((await people.alice.get(url)).json());
    const names = list.items.map((r) => r.name);
    expect(names).toEqual([...names].sort());
    expect(list.items.find((r) => r.name === 'Concrete')).toMatchObject({
      type: 'material',
      materialLabel: 'm³',
      standardRate: { amountMinor: 11000, per: 'unit' },
      overtimeRate: { amountMinor: 0, per: 'unit' },
    });
  });

  it('answers 400 naming the field for bad input, and stores nothing', async () => {
    const before = resourceListSchema.parse((await people.alice.get(url)).json()).items.length;
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'body.name'],
      [{ name: '   ' }, 'body.name'],
      [{ name: 'X', type: 'robot' }, 'body.type'],
      [{ name: 'X', maxUnits: -1 }, 'body.maxUnits'],
      [{ name: 'X', standardRate: { amountMinor: 12.5, per: 'h' } }, 'body.standardRate.amountMinor'],
      [{ name: 'X', standardRate: { amountMinor: 100, per: 'unit' } }, 'body.standardRate.per'],
      [{ name: 'X', type: 'material', overtimeRate: { amountMinor: 1, per: 'h' } }, 'body.overtimeRate.per'],
      [
        {
          name: 'X',
          availability: [
            { from: '2026-03-01T00:00', to: '2026-03-10T00:00', maxUnits: 50 },
            { from: '2026-03-10T00:00', to: null, maxUnits: 100 },
          ],
        },
        'body.availability.1.from',
      ],
      [
        { name: 'X', availability: [{ from: '2026-03-10T00:00', to: '2026-03-09T00:00', maxUnits: 50 }] },
        'body.availability.0.to',
      ],
      [{ name: 'X', calendarId: '01890a5d-ac96-774b-bcce-b302099a8057' }, 'body.calendarId'],
      [{ name: 'X', colour: 'red' }, 'body'],
    ];
    for (const [body, field] of cases) {
      const response = await people.alice.post(url, body);
      expectProblem(response, 400, field === 'body' ? undefined : field);
    }
    expect(resourceListSchema.parse((await people.alice.get(url)).json()).items).toHaveLength(before);
    expectProblem(await people.alice.get('/api/v1/resources/not-a-uuid'), 400, 'params.resourceId');
    expectProblem(await people.alice.get('/api/v1/workspaces/nope/resources'), 400, 'params.workspaceId');
    expectProblem(
      await people.alice.delete('/api/v1/resources/not-a-uuid?version=0'),
      400,
      'params.resourceId',
    );
  });

  it('updates with the version it read; a stale version answers 409 with the current resource and changes nothing', async () => {
    const resource = await createResource(people.alice, people.workspaceId, { name: 'Bea' });
    const first = await people.alice.patch(`/api/v1/resources/${resource.id}`, {
      version: 1,
      maxUnits: 50,
      initials: 'BB',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ maxUnits: 50, initials: 'BB', version: 2 });
    const stale = await people.alice.patch(`/api/v1/resources/${resource.id}`, { version: 1, maxUnits: 300 });
    const problem = expectProblem(stale, 409, 'version');
    expect(problem.current).toMatchObject({ id: resource.id, maxUnits: 50, version: 2 });
    const now = await people.alice.get(`/api/v1/resources/${resource.id}`);
    expect(now.json()).toMatchObject({ maxUnits: 50, version: 2 });
    const staleDelete = await people.alice.delete(`/api/v1/resources/${resource.id}?version=1`);
    expectProblem(staleDelete, 409, 'version');
    expect((await people.alice.get(`/api/v1/resources/${resource.id}`)).statusCode).toBe(200);
    const badPatch = await people.alice.patch(`/api/v1/resources/${resource.id}`, {
      version: 2,
      maxUnits: 'lots',
    });
    expectProblem(badPatch, 400, 'body.maxUnits');
    expectProblem(
      await people.alice.patch(`/api/v1/resources/${resource.id}`, { maxUnits: 10 }),
      400,
      'body.version',
    );
    // an hourly rate must not silently become a price per unit
    const paid = await createResource(people.alice, people.workspaceId, {
      name: 'Paid',
      standardRate: { amountMinor: 5000, per: 'h' },
    });
    expectProblem(
      await people.alice.patch(`/api/v1/resources/${paid.id}`, { version: 1, type: 'material' }),
      400,
      'body.standardRate',
    );
    const material = await people.alice.patch(`/api/v1/resources/${paid.id}`, {
      version: 1,
      type: 'material',
      standardRate: { amountMinor: 700, per: 'unit' },
    });
    expect(material.json()).toMatchObject({
      type: 'material',
      standardRate: { amountMinor: 700, per: 'unit' },
    });
  });

  it('refuses to change the type of an assigned resource (409) and deletes a resource with its assignments', async () => {
    const project = await createProject(people.alice, people.workspaceId, 'Resourced');
    const task = await createTask(people.alice, project.id, { name: 'Build', duration: 960 });
    const resource = await createResource(people.alice, people.workspaceId, { name: 'Cy' });
    const { assignment } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
    });
    expectProblem(
      await people.alice.patch(`/api/v1/resources/${resource.id}`, { version: 1, type: 'material' }),
      409,
      'type',
    );
    const deleted = await people.alice.delete(`/api/v1/resources/${resource.id}?version=1`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(rescheduleResultSchema.parse(deleted.json()).rescheduled).toEqual([]);
    expectProblem(await people.alice.get(`/api/v1/resources/${resource.id}`), 404);
    expectProblem(await people.alice.get(`/api/v1/assignments/${assignment.id}`), 404);
  });

  it('schedules a task on its resource calendar, and back on the project calendar when the resource goes', async () => {
    const mornings = await people.alice.post(`/api/v1/workspaces/${people.workspaceId}/calendars`, {
      name: 'Mornings',
      week: [0, 1, 2, 3, 4, 5, 6].map((day) =>
        day === 0 || day === 6
          ? { working: false, ranges: [] }
          : { working: true, ranges: [{ from: 480, to: 720 }] },
      ),
    });
    expect(mornings.statusCode, mornings.body).toBe(201);
    const project = await createProject(people.alice, people.workspaceId, 'Calendared');
    const task = await createTask(people.alice, project.id, { name: 'Pour', duration: 480 });
    const resource = await createResource(people.alice, people.workspaceId, {
      name: 'Morning Mo',
      calendarId: mornings.json().id,
    });
    // 8 working hours on a 4-hour morning calendar: Monday and Tuesday mornings
    const { rescheduled } = await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
    });
    expect(rescheduled.find((t) => t.id === task.id)?.finish).toBe('2026-03-03T12:00:00');
    // off its own calendar the task runs on the project's Standard calendar: Monday 08:00–17:00
    const events: ChangeEvent[] = [];
    const stop = app.changeFeed.subscribe((event) => events.push(event));
    const standard = await people.alice.patch(`/api/v1/resources/${resource.id}`, {
      version: 1,
      calendarId: null,
    });
    stop();
    expect(standard.statusCode, standard.body).toBe(200);
    expect((await people.alice.get(`/api/v1/tasks/${task.id}`)).json().finish).toBe('2026-03-02T17:00:00');
    expect(events.find((e) => e.entity === 'assignment')?.rescheduledTaskIds).toContain(task.id);
    const back = await people.alice.patch(`/api/v1/resources/${resource.id}`, {
      version: 2,
      calendarId: mornings.json().id,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await people.alice.get(`/api/v1/tasks/${task.id}`)).json().finish).toBe('2026-03-03T12:00:00');
    const deleted = await people.alice.delete(`/api/v1/resources/${resource.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    // back on the project's Standard calendar: Monday 08:00–17:00
    const moved = rescheduleResultSchema.parse(deleted.json()).rescheduled.find((t) => t.id === task.id);
    expect(moved?.finish).toBe('2026-03-02T17:00:00');
  });

  it("answers 404 for another workspace's resources and never shows them", async () => {
    const resource = await createResource(people.alice, people.workspaceId, { name: 'Secret Sam' });
    const { bob } = people;
    const attempts: [Method, string, unknown?][] = [
      ['GET', url],
      ['POST', url, { name: 'Intruder' }],
      ['GET', `/api/v1/resources/${resource.id}`],
      ['PATCH', `/api/v1/resources/${resource.id}`, { version: 1, name: 'Hacked' }],
      ['DELETE', `/api/v1/resources/${resource.id}`],
    ];
    for (const [method, target, json] of attempts) {
      const response = await bob.request({ method, url: target, json });
      expectProblem(response, 404);
      expect(response.body).not.toContain('Secret Sam');
    }
    expect((await people.alice.get(`/api/v1/resources/${resource.id}`)).json()).toMatchObject({
      name: 'Secret Sam',
      version: 1,
    });
    const own = resourceListSchema.parse(
      (await bob.get(`/api/v1/workspaces/${people.bobWorkspaceId}/resources`)).json(),
    );
    expect(own.items).toEqual([]);
  });

  it('lets a viewer read resources but not write them (403)', async () => {
    const resource = await createResource(people.alice, people.workspaceId, { name: 'Dee' });
    const { carol } = people;
    expect((await carol.get(url)).statusCode).toBe(200);
    expect((await carol.get(`/api/v1/resources/${resource.id}`)).statusCode).toBe(200);
    const writes: [Method, string, unknown?][] = [
      ['POST', url, { name: 'Viewer resource' }],
      ['PATCH', `/api/v1/resources/${resource.id}`, { version: 1, name: 'Viewer rename' }],
      ['DELETE', `/api/v1/resources/${resource.id}`],
    ];
    for (const [method, target, json] of writes) {
      expectProblem(await carol.request({ method, url: target, json }), 403);
    }
    expect((await people.alice.get(`/api/v1/resources/${resource.id}`)).json()).toMatchObject({
      name: 'Dee',
      version: 1,
    });
  });

  it('announces resource writes on the change feed after commit', async () => {
    const events: ChangeEvent[] = [];
    const stop = app.changeFeed.subscribe((event) => events.push(event));
    try {
      const resource = await createResource(people.alice, people.workspaceId, { name: 'Eve' });
      await people.alice.patch(`/api/v1/resources/${resource.id}`, { version: 1, name: 'Eve Two' });
      await people.alice.delete(`/api/v1/resources/${resource.id}`);
      await people.alice.post(url, {});
      expect(events.map((e) => [e.entity, e.kind, e.ids, e.projectId])).toEqual([
        ['resource', 'upsert', [resource.id], null],
        ['resource', 'upsert', [resource.id], null],
        ['resource', 'delete', [resource.id], null],
      ]);
    } finally {
      stop();
    }
  });
});
