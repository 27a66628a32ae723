import { defectSchema, taskQualitySchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'quality gate password';

describeEachDatabase('quality: criteria, gates and defects', (database) => {
  let app: FastifyInstance;
  let pat: Agent;
  let quinn: Agent;
  let quinnId: string;
  let workspaceId: string;
  let projectId: string;
  let milestoneId: string;
  let taskId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pat = new Agent(app);
    const session = await pat.signUp(uniqueEmail('pat'), PASSWORD, 'Pat Manager');
    workspaceId = session.memberships[0].workspaceId;
    ({ agent: quinn, userId: quinnId } = await joinAs(app, workspaceId, 'member', PASSWORD));
    projectId = (
      await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Plant',
        start: '2026-03-02T08:00:00',
      })
    ).json().id;
    taskId = taskWriteResultSchema.parse(
      (await pat.post(`/api/v1/projects/${projectId}/tasks`, { name: 'Commission', duration: 960 })).json(),
    ).task.id;
    milestoneId = taskWriteResultSchema.parse(
      (
        await pat.post(`/api/v1/projects/${projectId}/tasks`, {
          name: 'Handover',
          duration: 0,
          milestone: true,
        })
      ).json(),
    ).task.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gates a milestone until every criterion is checked and the approver signs off', async () => {
    const url = `/api/v1/tasks/${milestoneId}`;
    expectProblem(
      await pat.request({
        method: 'PUT',
        url: `/api/v1/tasks/${taskId}/gate`,
        json: { version: 1, approverId: quinnId },
      }),
      400,
      'taskId',
    );
    const gated = await pat.request({
      method: 'PUT',
      url: `${url}/gate`,
      json: { version: 1, approverId: quinnId },
    });
    expect(gated.statusCode, gated.body).toBe(200);
    expect(taskQualitySchema.parse(gated.json())).toMatchObject({
      satisfied: false,
      blockers: ['the approver has not signed the gate off'],
    });

    const first = taskQualitySchema.parse(
      (await pat.post(`${url}/criteria`, { text: 'Punch list closed' })).json(),
    );
    const second = taskQualitySchema.parse(
      (await pat.post(`${url}/criteria`, { text: 'Manuals delivered' })).json(),
    );
    expect(second.criteria.map((c) => c.text)).toEqual(['Punch list closed', 'Manuals delivered']);
    expect(second.blockers[0]).toBe(
      '2 of 2 acceptance criteria not met: "Punch list closed", "Manuals delivered"',
    );
    // completing the milestone now is refused, with the reason, and changes nothing
    const task = (await pat.get(url)).json();
    const refused = expectProblem(
      await pat.patch(url, { version: task.version, percentComplete: 100 }),
      409,
      'body.percentComplete',
    );
    expect(refused.detail).toMatch(/quality gate is not satisfied: 2 of 2 acceptance criteria not met/);
    expect((await pat.get(url)).json()).toMatchObject({ percentComplete: 0, version: task.version });

    // the approver cannot sign off while a criterion is open, and nobody else can sign at all
    const gateVersion = second.gate?.version ?? 0;
    expectProblem(await quinn.post(`${url}/gate/sign-off`, { version: gateVersion }), 409);
    expectProblem(await pat.post(`${url}/gate/sign-off`, { version: gateVersion }), 403);

    for (const criterion of second.criteria) {
      const checked = await pat.patch(`/api/v1/criteria/${criterion.id}`, {
        version: criterion.version,
        checked: true,
      });
      expect(checked.statusCode, checked.body).toBe(200);
    }
    expectProblem(
      await pat.patch(`/api/v1/criteria/${first.criteria[0].id}`, { version: 1, checked: false }),
      409,
      'version',
    );
    const signed = taskQualitySchema.parse(
      (await quinn.post(`${url}/gate/sign-off`, { version: gateVersion })).json(),
    );
    expect(signed).toMatchObject({ satisfied: true, blockers: [], gate: { signedOffBy: quinnId } });
    expect(signed.gate?.signedOffAt).toMatch(/Z$/);

    // signed off: the milestone may now be completed
    const milestone = (await pat.get(url)).json();
    const done = await pat.patch(url, { version: milestone.version, percentComplete: 100 });
    expect(done.statusCode, done.body).toBe(200);

    // a new criterion withdraws the sign-off
    const reopened = taskQualitySchema.parse(
      (await pat.post(`${url}/criteria`, { text: 'Training given' })).json(),
    );
    expect(reopened.satisfied).toBe(false);
    expect(reopened.gate?.signedOffAt).toBeNull();
  });

  it('keeps a defect log with codes, links and versions', async () => {
    const url = `/api/v1/projects/${projectId}/defects`;
    const created = await quinn.post(url, { title: 'Valve leaks', severity: 'critical', taskId });
    expect(created.statusCode, created.body).toBe(201);
    const defect = defectSchema.parse(created.json());
    expect(defect).toMatchObject({ code: 'D-1', status: 'open', reportedBy: quinnId, taskId });
    const second = defectSchema.parse(
      (await pat.post(url, { title: 'Paint scratch', severity: 'trivial' })).json(),
    );
    expect(second.code).toBe('D-2');
    const fixed = await pat.patch(`/api/v1/defects/${defect.id}`, { version: 1, status: 'resolved' });
    expect(fixed.json()).toMatchObject({ status: 'resolved', version: 2 });
    expectProblem(
      await pat.patch(`/api/v1/defects/${defect.id}`, { version: 1, status: 'closed' }),
      409,
      'version',
    );
    expect((await pat.get(url)).json().items.map((d: { code: string }) => d.code)).toEqual(['D-2', 'D-1']);
    expectProblem(await pat.post(url, { title: 'x', severity: 'apocalyptic' }), 400, 'body.severity');
    expectProblem(await pat.post(url, { title: 'x', taskId: workspaceId }), 400, 'body.taskId');
    expect(
      (await pat.request({ method: 'DELETE', url: `/api/v1/defects/${second.id}?version=1` })).statusCode,
    ).toBe(204);
  });

  it('hides other workspaces and keeps viewers to reading', async () => {
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(`/api/v1/tasks/${milestoneId}/quality`), 404);
    expectProblem(await eve.post(`/api/v1/tasks/${milestoneId}/criteria`, { text: 'mine' }), 404);
    expectProblem(await eve.get(`/api/v1/projects/${projectId}/defects`), 404);
    const { agent: vic } = await joinAs(app, workspaceId, 'viewer', PASSWORD);
    expect((await vic.get(`/api/v1/tasks/${milestoneId}/quality`)).statusCode).toBe(200);
    expectProblem(await vic.post(`/api/v1/tasks/${milestoneId}/criteria`, { text: 'viewer' }), 403);
    expectProblem(await vic.post(`/api/v1/projects/${projectId}/defects`, { title: 'viewer' }), 403);
    expectProblem(await pat.post(`/api/v1/tasks/${milestoneId}/criteria`, { text: '   ' }), 400, 'body.text');
  });
});
