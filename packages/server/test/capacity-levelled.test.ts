import { capacityCheckSchema, featureSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { startTestApp } from './support/test-app';

const PASSWORD = 'levelled capacity password';
const DAY = 480;

describeEachDatabase('capacity check: forecasts from a what-if levelling of linked work', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;
  let teamProjectId: string;
  let soloProjectId: string;
  let resourceId: string;
  const task: Record<'first' | 'second' | 'alone', string> = { first: '', second: '', alone: '' };

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pat Planner')).memberships[0].workspaceId;
    const project = async (name: string) => {
      const response = await pm.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name,
        start: '2026-03-02T08:00:00',
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const addTask = async (projectId: string, body: Record<string, unknown>) => {
      const response = await pm.post(`/api/v1/projects/${projectId}/tasks`, body);
      expect(response.statusCode, response.body).toBe(201);
      return taskWriteResultSchema.parse(response.json()).task.id;
    };
    teamProjectId = await project('Team work');
    soloProjectId = await project('Unstaffed work');
    // Two unlinked 5-day tasks from Monday 2 March: without levelling both finish Friday 6 March
    // 17:00 (day 5). First is the more important, so levelling delays Second, not First.
    task.first = await addTask(teamProjectId, { name: 'First', duration: 5 * DAY, priority: 700 });
    task.second = await addTask(teamProjectId, { name: 'Second', duration: 5 * DAY, priority: 300 });
    // 3 days, nobody assigned: Wednesday 4 March 17:00
    task.alone = await addTask(soloProjectId, { name: 'Alone', duration: 3 * DAY });
    const created = await pm.post(`/api/v1/workspaces/${workspaceId}/resources`, { name: 'Ada' });
    expect(created.statusCode, created.body).toBe(201);
    resourceId = (created.json().resource ?? created.json()).id;
    // Ada at 100 % on both: 200 % while they run side by side
    for (const taskId of [task.first, task.second]) {
      const response = await pm.post(`/api/v1/projects/${teamProjectId}/assignments`, { taskId, resourceId });
      expect(response.statusCode, response.body).toBe(201);
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  async function createFeature(title: string, links: { projectId: string; taskId?: string }[]) {
    const response = await pm.post(`/api/v1/workspaces/${workspaceId}/features`, { title, links });
    expect(response.statusCode, response.body).toBe(201);
    return featureSchema.parse(response.json()).id;
  }
  const storedFinish = async (taskId: string) => (await pm.get(`/api/v1/tasks/${taskId}`)).json().finish;

  it('says work on an overallocated team ships when the levelled plan finishes, not on the CPM date', async () => {
    // nobody pressed Level: the stored schedule has both tasks finishing on day 5
    expect(await storedFinish(task.first)).toBe('2026-03-06T17:00:00');
    expect(await storedFinish(task.second)).toBe('2026-03-06T17:00:00');
    const first = await createFeature('Ships with First', [{ projectId: teamProjectId, taskId: task.first }]);
    const second = await createFeature('Ships with Second', [
      { projectId: teamProjectId, taskId: task.second },
    ]);
    const whole = await createFeature('Whole project', [{ projectId: teamProjectId }]);
    const alone = await createFeature('Ships with Alone', [{ projectId: soloProjectId, taskId: task.alone }]);
    // a viewer may ask: the check only reads
    const { agent: viewer } = await joinAs(app, workspaceId, 'viewer');
    const response = await viewer.post(`/api/v1/workspaces/${workspaceId}/capacity-check`, {
      from: '2026-03-02',
      // Tuesday 10 March: day 7
      until: '2026-03-10',
      resourceIds: [resourceId],
      featureIds: [first, alone, second, whole],
    });
    expect(response.statusCode, response.body).toBe(200);
    const check = capacityCheckSchema.parse(response.json());
    // Ada can do one task at a time: Second starts when First ends and finishes Friday 13 March
    // (day 10), after day 7, so it draws the cut line; First still ships on day 5. Alone's
    // project has no assignments: its stored CPM date stands. The whole project ends with Second.
    expect(check.items.map((i) => [i.title, i.forecastFinish, i.forecastBasis, i.verdict, i.ships])).toEqual([
      ['Ships with First', '2026-03-06T17:00:00', 'levelled', 'scheduled-in-time', true],
      ['Ships with Alone', '2026-03-04T17:00:00', 'cpm', 'scheduled-in-time', true],
      ['Ships with Second', '2026-03-13T17:00:00', 'levelled', 'scheduled-late', false],
      ['Whole project', '2026-03-13T17:00:00', 'levelled', 'below-cut', false],
    ]);
    expect(check.cutIndex).toBe(2);
    // the levelling was a what-if: nothing was saved
    expect(await storedFinish(task.second)).toBe('2026-03-06T17:00:00');

    // by Friday 13 March (day 10) both tasks ship, levelled
    const later = capacityCheckSchema.parse(
      (
        await pm.post(`/api/v1/workspaces/${workspaceId}/capacity-check`, {
          from: '2026-03-02',
          until: '2026-03-13',
          resourceIds: [resourceId],
          featureIds: [first, second],
        })
      ).json(),
    );
    expect(later.items.map((i) => [i.verdict, i.forecastBasis])).toEqual([
      ['scheduled-in-time', 'levelled'],
      ['scheduled-in-time', 'levelled'],
    ]);
    expect(later.cutIndex).toBe(2);
  });

  it('reports no forecast and no basis for a feature not linked to work', async () => {
    const estimated = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/features`, { title: 'Estimated', effortMinutes: DAY })
    ).json().id as string;
    const check = capacityCheckSchema.parse(
      (
        await pm.post(`/api/v1/workspaces/${workspaceId}/capacity-check`, {
          from: '2026-03-02',
          until: '2026-03-10',
          resourceIds: [resourceId],
          featureIds: [estimated],
        })
      ).json(),
    );
    expect(check.items).toEqual([
      expect.objectContaining({ verdict: 'fits', forecastFinish: null, forecastBasis: null }),
    ]);
  });
});
