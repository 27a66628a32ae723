import { clearLevelingResultSchema, levelResultSchema, type Workload, workloadSchema } from '@tandem/api';
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
  MONDAY,
  type People,
  signUpPeople,
} from './support/plan-fixture';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const DAY = 480;
/** Monday to Friday of the first week of March 2026, by day. */
const WEEK_BY_DAY = 'from=2026-03-02T00:00&to=2026-03-07T00:00&period=day';

describeEachDatabase('workload and levelling', (database) => {
  let app: FastifyInstance;
  let people: People;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    people = await signUpPeople(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  /**
   * One full-time resource on two unlinked tasks that both start Monday 08:00: Design (2 days,
   * Monday–Tuesday) and Build (3 days, Monday–Wednesday). Monday and Tuesday load it at 200 %.
   */
  async function overallocatedPlan(name: string) {
    const project = await createProject(people.alice, people.workspaceId, name);
    const design = await createTask(people.alice, project.id, { name: 'Design', duration: 2 * DAY });
    const build = await createTask(people.alice, project.id, { name: 'Build', duration: 3 * DAY });
    const resource = await createResource(people.alice, people.workspaceId, { name: `${name} Rae` });
    await assign(people.alice, project.id, { taskId: design.id, resourceId: resource.id });
    await assign(people.alice, project.id, { taskId: build.id, resourceId: resource.id });
    return { project, design, build, resource };
  }

  async function workload(projectId: string, query = WEEK_BY_DAY): Promise<Workload> {
    const response = await people.alice.get(`/api/v1/projects/${projectId}/workload?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return workloadSchema.parse(response.json());
  }

  async function taskStart(taskId: string): Promise<[string, string]> {
    const task = (await people.alice.get(`/api/v1/tasks/${taskId}`)).json();
    return [task.start, task.finish];
  }

  it('shows work, capacity and the overallocation per resource per day and per week', async () => {
    const { project, design, build, resource } = await overallocatedPlan('Workload');
    const view = await workload(project.id);
    expect(view.periods).toEqual([
      '2026-03-02T00:00:00',
      '2026-03-03T00:00:00',
      '2026-03-04T00:00:00',
      '2026-03-05T00:00:00',
      '2026-03-06T00:00:00',
    ]);
    expect(view.resources).toHaveLength(1);
    // Monday and Tuesday: 480 minutes of each task against 480 of capacity; Wednesday: Build only
    expect(view.resources[0].cells).toEqual([
      { work: 960, capacity: 480, overallocated: true },
      { work: 960, capacity: 480, overallocated: true },
      { work: 480, capacity: 480, overallocated: false },
      { work: 0, capacity: 480, overallocated: false },
      { work: 0, capacity: 480, overallocated: false },
    ]);
    expect(view.overallocations).toEqual([
      {
        resourceId: resource.id,
        from: MONDAY,
        to: '2026-03-03T17:00:00',
        peakUnits: 200,
        maxUnits: 100,
        taskIds: expect.arrayContaining([design.id, build.id]),
      },
    ]);
    // a week starting on a Wednesday snaps back to Monday
    const weekly = await workload(project.id, 'from=2026-03-04T10:00&to=2026-03-05T00:00&period=week');
    expect(weekly.periods).toEqual(['2026-03-02T00:00:00']);
    expect(weekly.resources[0].cells).toEqual([{ work: 2400, capacity: 2400, overallocated: true }]);
  });

  it('counts capacity at the max units in force on each day (availability ranges)', async () => {
    const project = await createProject(people.alice, people.workspaceId, 'Part time');
    const task = await createTask(people.alice, project.id, { name: 'Write', duration: 5 * DAY });
    // full time to Tuesday inclusive (a 00:00 end covers its day), half time from Wednesday on
    const resource = await createResource(people.alice, people.workspaceId, {
      name: 'Part-time Pia',
      availability: [
        { from: null, to: '2026-03-03T00:00', maxUnits: 100 },
        { from: '2026-03-04T00:00', to: null, maxUnits: 50 },
      ],
    });
    await assign(people.alice, project.id, {
      taskId: task.id,
      resourceId: resource.id,
      units: 50,
      work: 5 * DAY,
    });
    const view = await workload(project.id, 'from=2026-03-02T00:00&to=2026-03-14T00:00&period=day');
    // 5 days of work at 50 % take 10 working days: Monday 2 to Friday 13 March
    const cells = view.resources[0].cells;
    expect(cells.map((c) => c.capacity)).toEqual([480, 480, 240, 240, 240, 0, 0, 240, 240, 240, 240, 240]);
    expect(cells.map((c) => c.work)).toEqual([240, 240, 240, 240, 240, 0, 0, 240, 240, 240, 240, 240]);
    expect(cells.some((c) => c.overallocated)).toBe(false);
    expect(view.overallocations).toEqual([]);
  });

  it('levels an overallocated resource by delaying the task that costs least, then clears it', async () => {
    const { project, design, build } = await overallocatedPlan('Levelled');
    const events: ChangeEvent[] = [];
    const stop = app.changeFeed.subscribe((event) => events.push(event));
    const response = await people.alice.post(`/api/v1/projects/${project.id}/level`, {});
    stop();
    expect(response.statusCode, response.body).toBe(200);
    const result = levelResultSchema.parse(response.json());
    // One resource cannot do both at once: either Build waits for Design (starts Wednesday 08:00,
    // finishes Friday 17:00) or Design waits for Build (starts Thursday, finishes Friday 17:00).
    // Both finish the project on Friday 17:00; the levelling then takes the least delay: Build's
    // two days (Monday 08:00 to Wednesday 08:00 = 2 × 1440 elapsed minutes) over Design's three.
    expect(result.delays).toEqual([
      { taskId: build.id, delayMinutes: 2 * 1440, from: MONDAY, to: '2026-03-04T08:00:00' },
    ]);
    expect(result.remaining).toEqual([]);
    expect(result.finishBefore).toBe('2026-03-04T17:00:00');
    expect(result.finishAfter).toBe('2026-03-06T17:00:00');
    // Build moved; Design is listed by its new slack only: its dates stay Monday–Tuesday
    const moved = new Map(result.rescheduled.map((t) => [t.id, [t.start, t.finish]]));
    expect(moved.get(build.id)).toEqual(['2026-03-04T08:00:00', '2026-03-06T17:00:00']);
    expect(moved.has(design.id)).toBe(false);
    expect(result.reanalysed.map((t) => t.id)).toEqual([design.id]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity: 'task', projectId: project.id });
    // other viewers read again every task whose schedule or analysis changed
    expect(events[0].rescheduledTaskIds).toEqual([
      ...result.rescheduled.map((t) => t.id),
      ...result.reanalysed.map((t) => t.id),
    ]);

    // the stored plan holds the levelled dates, and the workload has nothing left over
    expect(await taskStart(design.id)).toEqual([MONDAY, '2026-03-03T17:00:00']);
    expect(await taskStart(build.id)).toEqual(['2026-03-04T08:00:00', '2026-03-06T17:00:00']);
    const view = await workload(project.id);
    expect(view.overallocations).toEqual([]);
    expect(view.resources[0].cells.map((c) => [c.work, c.overallocated])).toEqual([
      [480, false],
      [480, false],
      [480, false],
      [480, false],
      [480, false],
    ]);

    // a later edit keeps the delay: the levelled plan is what is rescheduled
    const renamed = await people.alice.patch(`/api/v1/tasks/${design.id}`, {
      version: design.version,
      name: 'Design 2',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await taskStart(build.id)).toEqual(['2026-03-04T08:00:00', '2026-03-06T17:00:00']);

    const cleared = await people.alice.post(`/api/v1/projects/${project.id}/level/clear`, {});
    expect(cleared.statusCode, cleared.body).toBe(200);
    const body = clearLevelingResultSchema.parse(cleared.json());
    expect(body.clearedTaskIds).toEqual([build.id]);
    expect(body.rescheduled.find((t) => t.id === build.id)?.start).toBe(MONDAY);
    expect((await workload(project.id)).overallocations).toHaveLength(1);
  });

  it('levels within slack only: the finish stays and the overallocation is reported with its reason', async () => {
    const { project, build } = await overallocatedPlan('Within slack');
    const response = await people.alice.post(`/api/v1/projects/${project.id}/level`, { withinSlack: true });
    expect(response.statusCode, response.body).toBe(200);
    const result = levelResultSchema.parse(response.json());
    // Design has one day of slack (Tuesday to Wednesday 17:00) but would need three to wait for
    // Build; Build has none: nothing can move without moving the finish.
    expect(result.delays).toEqual([]);
    expect(result.finishAfter).toBe(result.finishBefore);
    expect(result.remaining).toHaveLength(1);
    expect(result.remaining[0]).toMatchObject({ peakUnits: 200, maxUnits: 100, reason: 'outside slack' });
    expect(await taskStart(build.id)).toEqual([MONDAY, '2026-03-04T17:00:00']);
  });

  it('answers 400 naming the field for bad levelling and workload input, and changes nothing', async () => {
    const { project, build } = await overallocatedPlan('Bad input');
    const foreign = await createResource(people.bob, people.bobWorkspaceId, { name: 'Not here' });
    const level = `/api/v1/projects/${project.id}/level`;
    const cases: [string, Record<string, unknown>, string][] = [
      [level, { schedules: 0 }, 'body.schedules'],
      [level, { order: 'random' }, 'body.order'],
      [level, { withinSlack: 'yes' }, 'body.withinSlack'],
      [level, { resourceIds: [foreign.id] }, 'body.resourceIds.0'],
      [`${level}/clear`, { taskIds: [foreign.id] }, 'body.taskIds.0'],
    ];
    for (const [url, body, field] of cases) expectProblem(await people.alice.post(url, body), 400, field);
    const queries: [string, string][] = [
      ['period=month', 'query.period'],
      ['from=garbage', 'query.from'],
      ['from=2026-03-10T00:00&to=2026-03-01T00:00', 'query.to'],
      ['from=2026-01-01T00:00&to=2030-01-01T00:00&period=day', 'query.to'],
    ];
    for (const [query, field] of queries) {
      expectProblem(await people.alice.get(`/api/v1/projects/${project.id}/workload?${query}`), 400, field);
    }
    expectProblem(await people.alice.get('/api/v1/projects/xyz/workload'), 400, 'params.projectId');
    expectProblem(await people.alice.post('/api/v1/projects/xyz/level', {}), 400, 'params.projectId');
    expect(await taskStart(build.id)).toEqual([MONDAY, '2026-03-04T17:00:00']);
  });

  it("answers 404 for another workspace's workload and levelling", async () => {
    const { project, build } = await overallocatedPlan('Foreign');
    const attempts: [Method, string, unknown?][] = [
      ['GET', `/api/v1/projects/${project.id}/workload`],
      ['POST', `/api/v1/projects/${project.id}/level`, {}],
      ['POST', `/api/v1/projects/${project.id}/level/clear`, {}],
    ];
    for (const [method, url, json] of attempts) {
      const response = await people.bob.request({ method, url, json });
      expectProblem(response, 404);
      expect(response.body).not.toContain('Rae');
    }
    expect(await taskStart(build.id)).toEqual([MONDAY, '2026-03-04T17:00:00']);
  });

  it('lets a viewer see the workload but not level (403)', async () => {
    const { project, build } = await overallocatedPlan('Viewer');
    expect((await people.carol.get(`/api/v1/projects/${project.id}/workload`)).statusCode).toBe(200);
    expectProblem(await people.carol.post(`/api/v1/projects/${project.id}/level`, {}), 403);
    expectProblem(await people.carol.post(`/api/v1/projects/${project.id}/level/clear`, {}), 403);
    expect(await taskStart(build.id)).toEqual([MONDAY, '2026-03-04T17:00:00']);
  });
});
