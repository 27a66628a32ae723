import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importResultSchema, linkListSchema, taskListSchema } from '@tandem/api';
import { formatDateTime } from '@tandem/engine';
import { readMspdi } from '@tandem/formats';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { addMember } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const SAMPLES = join(import.meta.dirname, '../../../../shared/samples/mspdi');
const CONSTRUCTION = join(SAMPLES, 'projectlibre-mpp2xml__Commercial_construction_project_plan.xml');
const PASSWORD = 'import test password';

/** A small plan written by hand: a summary with two linked tasks on the Standard calendar. */
const SMALL = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Small</Name><Title>Small plan</Title><ScheduleFromStart>1</ScheduleFromStart>
  <StartDate>2026-03-02T08:00:00</StartDate><CalendarUID>1</CalendarUID>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
    <WeekDays>
      <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
      ${[2, 3, 4, 5, 6].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`).join('')}
      <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
    </WeekDays></Calendar></Calendars>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Phase</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Dig</Name><OutlineLevel>2</OutlineLevel><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat><Priority>700</Priority></Task>
    <Task><UID>3</UID><ID>3</ID><Name>Pour</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
  </Tasks>
</Project>`;

describeEachDatabase('MS Project XML import and export', (database) => {
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

  const importXml = (xml: string, agent = pat, ws = workspaceId, contentType = 'application/xml') =>
    agent.request({
      method: 'POST',
      url: `/api/v1/workspaces/${ws}/projects/import`,
      raw: xml,
      headers: { 'content-type': contentType },
    });
  const tasksOf = async (projectId: string) =>
    taskListSchema.parse((await pat.get(`/api/v1/projects/${projectId}/tasks`)).json()).items;

  it('imports a small plan: outline, links, priority and dates as the engine computes them', async () => {
    const response = await importXml(SMALL, pat, workspaceId, 'text/xml');
    expect(response.statusCode, response.body).toBe(201);
    const result = importResultSchema.parse(response.json());
    expect(result).toMatchObject({
      tasks: 3,
      links: 1,
      calendars: 1,
      project: { name: 'Small plan', taskCount: 3 },
    });
    expect(result.project.calendarId).not.toBeNull();
    const tasks = await tasksOf(result.project.id);
    expect(tasks.map((t) => [t.wbs, t.name, t.start, t.finish, t.critical])).toEqual([
      ['1', 'Phase', '2026-03-02T08:00:00', '2026-03-04T17:00:00', true],
      ['1.1', 'Dig', '2026-03-02T08:00:00', '2026-03-03T17:00:00', true],
      ['1.2', 'Pour', '2026-03-04T08:00:00', '2026-03-04T17:00:00', true],
    ]);
    expect(tasks[1].priority).toBe(700);
    const links = linkListSchema.parse(
      (await pat.get(`/api/v1/projects/${result.project.id}/links`)).json(),
    ).items;
    expect(links).toEqual([
      expect.objectContaining({ predecessorId: tasks[1].id, successorId: tasks[2].id, type: 'FS' }),
    ]);
  });

  it('refuses a broken file with 422 naming the line, and creates nothing', async () => {
    const before = (await pat.get(`/api/v1/workspaces/${workspaceId}/projects`)).json().items.length;
    const broken = SMALL.replace('<Name>Pour</Name>', '<Name>Pour</Nam>');
    const problem = expectProblem(await importXml(broken), 422, 'body.Name');
    expect(problem.detail).toMatch(/:\d+:/);
    const cyclic = SMALL.replace(
      '<Task><UID>2</UID><ID>2</ID><Name>Dig</Name>',
      '<Task><UID>2</UID><ID>2</ID><Name>Dig</Name><PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type></PredecessorLink>',
    );
    expectProblem(await importXml(cyclic), 422, 'body');
    expectProblem(await importXml(''), 400, 'body');
    expectProblem(await importXml('{"name":"json"}', pat, workspaceId, 'application/json'), 400, 'body');
    expect((await pat.get(`/api/v1/workspaces/${workspaceId}/projects`)).json().items.length).toBe(before);
  });

  it("answers 404 for another workspace and 403 to a viewer's import; exports only to members", async () => {
    const imported = importResultSchema.parse((await importXml(SMALL)).json());
    const sam = new Agent(app);
    const samSession = await sam.signUp(uniqueEmail('sam'), PASSWORD, 'Sam');
    expectProblem(await importXml(SMALL, sam), 404);
    expectProblem(await sam.get(`/api/v1/projects/${imported.project.id}/export.xml`), 404);
    await addMember(app, workspaceId, samSession.user.id, 'viewer');
    expectProblem(await importXml(SMALL, sam), 403);
    expect((await sam.get(`/api/v1/projects/${imported.project.id}/export.xml`)).statusCode).toBe(200);
  });

  it('round-trips: export, import the export, same outline, links and dates', async () => {
    const first = importResultSchema.parse((await importXml(SMALL)).json());
    const exported = await pat.get(`/api/v1/projects/${first.project.id}/export.xml`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^application\/xml/);
    expect(exported.headers['content-disposition']).toContain('.xml');
    const second = importResultSchema.parse((await importXml(exported.body)).json());
    expect(second.datesMatchingFile).toBe(second.datesCompared);
    const shape = (tasks: Awaited<ReturnType<typeof tasksOf>>) =>
      tasks.map((t) => [t.wbs, t.name, t.duration, t.start, t.finish, t.priority]);
    expect(shape(await tasksOf(second.project.id))).toEqual(shape(await tasksOf(first.project.id)));
    expect(second.links).toBe(1);
  });

  describe.skipIf(!existsSync(CONSTRUCTION))('the Commercial construction sample (../shared)', () => {
    it("keeps Microsoft Project's dates for every task, and survives a round trip", async () => {
      const xml = readFileSync(CONSTRUCTION, 'utf8');
      const response = await importXml(xml);
      expect(response.statusCode, response.body.slice(0, 500)).toBe(201);
      const result = importResultSchema.parse(response.json());
      const file = readMspdi(xml);
      // 146 <Task> elements, the first being the project summary task (UID 0), which is the project
      expect(result.tasks).toBe(file.project.tasks.length);
      expect(result.tasks).toBe(145);
      expect(result).toMatchObject({
        resources: file.project.resources?.length,
        assignments: file.project.assignments?.length,
      });
      expect(result.resources).toBeGreaterThan(30);
      expect(result.assignments).toBeGreaterThan(100);
      expect(result.datesCompared).toBeGreaterThan(100);
      expect(result.datesMatchingFile).toBe(result.datesCompared);
      // checked independently of the server's own count: every leaf's dates against the file's
      const byName = new Map<string, { start: string; finish: string }[]>();
      for (const task of file.project.tasks) {
        const stored = file.stored.get(task.id);
        if (!stored || stored.summary || stored.start === undefined || stored.finish === undefined) continue;
        const list = byName.get(task.name) ?? [];
        list.push({ start: formatDateTime(stored.start), finish: formatDateTime(stored.finish) });
        byName.set(task.name, list);
      }
      const tasks = await tasksOf(result.project.id);
      let compared = 0;
      for (const task of tasks.filter((t) => !t.summary)) {
        const expected = byName.get(task.name);
        if (!expected) continue;
        expect(expected, task.name).toContainEqual({ start: task.start, finish: task.finish });
        compared += 1;
      }
      expect(compared).toBe(result.datesCompared);

      const exported = await pat.get(`/api/v1/projects/${result.project.id}/export.xml`);
      const again = importResultSchema.parse((await importXml(exported.body)).json());
      expect(again).toMatchObject({
        tasks: 145,
        resources: result.resources,
        assignments: result.assignments,
      });
      expect(again.datesMatchingFile).toBe(again.datesCompared);
      const dates = async (id: string) => (await tasksOf(id)).map((t) => [t.wbs, t.start, t.finish]);
      expect(await dates(again.project.id)).toEqual(await dates(result.project.id));
    });
  });
});

if (!existsSync(CONSTRUCTION)) {
  console.info(`import-export.test.ts: ${CONSTRUCTION} is absent: the sample import test is skipped`);
}
