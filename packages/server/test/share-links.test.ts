import { createHash } from 'node:crypto';
import {
  createdShareLinkSchema,
  featureSchema,
  releaseSchema,
  sharedRoadmapSchema,
  shareLinkListSchema,
  taskWriteResultSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nowUtc } from '../src/db/timestamps';
import { insertMembership } from '../src/memberships/memberships.repository';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'share link password';

describeEachDatabase('share links: a read-only roadmap without sign-in', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let pmId: string;
  let workspaceId: string;
  let projectId: string;
  let taskId: string;
  let releaseId: string;
  let shownId: string;
  let rejectedId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    const session = await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia Product');
    pmId = session.user.id;
    workspaceId = session.memberships[0].workspaceId;
    projectId = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Secret plan',
        start: '2026-03-02T08:00:00',
      })
    ).json().id;
    taskId = taskWriteResultSchema.parse(
      (await pm.post(`/api/v1/projects/${projectId}/tasks`, { name: 'Hidden task', duration: 480 })).json(),
    ).task.id;
    releaseId = releaseSchema.parse(
      (
        await pm.post(`/api/v1/workspaces/${workspaceId}/releases`, {
          name: 'Spring',
          versionLabel: '1.0',
          targetDate: '2026-03-31',
        })
      ).json(),
    ).id;
    const feature = async (body: Record<string, unknown>) => {
      const response = await pm.post(`/api/v1/workspaces/${workspaceId}/features`, body);
      expect(response.statusCode, response.body).toBe(201);
      return featureSchema.parse(response.json()).id;
    };
    shownId = await feature({
      title: 'Dark mode',
      description: 'Internal: only for the Acme deal',
      ownerId: pmId,
      lane: 'now',
      releaseId,
      rice: { reach: 100, impact: 1, confidence: 1, effort: 1 },
      links: [{ projectId, taskId }],
    });
    rejectedId = await feature({ title: 'Fax support', status: 'rejected', statusReason: 'no' });
    const item = await pm.post(`/api/v1/workspaces/${workspaceId}/feedback`, {
      text: 'Acme says: we churn without dark mode',
      customer: 'Acme',
      featureId: shownId,
    });
    expect(item.statusCode, item.body).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  const linksUrl = () => `/api/v1/workspaces/${workspaceId}/share-links`;
  async function share(body: Record<string, unknown>) {
    const response = await pm.post(linksUrl(), body);
    expect(response.statusCode, response.body).toBe(201);
    return createdShareLinkSchema.parse(response.json());
  }

  it('shows the token once, stores only its SHA-256, and lists links without tokens', async () => {
    const link = await share({ name: 'Board', hiddenFields: ['scores'] });
    // 32 random bytes in base64url: 43 characters, 256 bits
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`/share/${link.token}`);
    const row = await app.database.db
      .selectFrom('share_links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', link.id)
      .executeTakeFirstOrThrow();
    const lookup = await app.database.db
      .selectFrom('share_tokens')
      .selectAll()
      .where('share_link_id', '=', link.id)
      .executeTakeFirstOrThrow();
    expect(lookup.token_hash).toBe(createHash('sha256').update(link.token).digest('hex'));
    expect(JSON.stringify([row, lookup])).not.toContain(link.token);
    const listed = await pm.get(linksUrl());
    expect(listed.body).not.toContain(link.token);
    expect(shareLinkListSchema.parse(listed.json()).items.find((l) => l.id === link.id)).toMatchObject({
      name: 'Board',
      hiddenFields: ['scores'],
      active: true,
    });
    expect((await share({ name: 'Other' })).token).not.toBe(link.token);
  });

  it('answers the roadmap to a signed-out reader with the hidden fields left out and nothing else', async () => {
    const link = await share({
      name: 'Customers',
      hiddenFields: ['scores', 'owner', 'description', 'evidence'],
    });
    const reader = new Agent(app);
    const response = await reader.get(`/api/v1/shared/${link.token}/roadmap`);
    expect(response.statusCode, response.body).toBe(200);
    const roadmap = sharedRoadmapSchema.parse(response.json());
    expect(roadmap.name).toBe('Customers');
    expect(roadmap.features.map((f) => f.id)).toEqual([shownId]);
    const [feature] = roadmap.features;
    expect(Object.keys(feature).sort()).toEqual(
      ['id', 'kind', 'parentId', 'title', 'status', 'lane', 'releaseId', 'targetDate', 'forecast'].sort(),
    );
    expect(feature).toMatchObject({ title: 'Dark mode', lane: 'now', releaseId });
    // Monday 2 March 08:00 + one working day
    expect(feature.forecast?.cpmFinish).toBe('2026-03-02T17:00:00');
    expect(roadmap.releases).toEqual([
      {
        id: releaseId,
        name: 'Spring',
        versionLabel: '1.0',
        status: 'planned',
        targetDate: '2026-03-31',
        forecast: { cpmFinish: '2026-03-02T17:00:00', p50: null, p80: null, late: false },
      },
    ]);
    // no other object reaches the reader: not the project, its task, the user, the workspace,
    // the rejected feature, the feedback, nor the hidden description
    for (const secret of [
      projectId,
      taskId,
      pmId,
      workspaceId,
      rejectedId,
      'Acme',
      'Internal',
      'Hidden task',
    ]) {
      expect(response.body).not.toContain(secret);
    }
    // a link hiding nothing shows them
    const open = await share({ name: 'Team' });
    const full = sharedRoadmapSchema.parse((await reader.get(`/api/v1/shared/${open.token}/roadmap`)).json());
    expect(full.features[0]).toMatchObject({
      description: 'Internal: only for the Acme deal',
      owner: 'Pia Product',
      scores: { rice: 100, wsjf: null },
      evidenceCount: 1,
    });
    // the token opens no other door: no writes, and no session-only route
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'] as const) {
      expect((await reader.request({ method, url: `/api/v1/shared/${link.token}/roadmap` })).statusCode).toBe(
        404,
      );
    }
    expectProblem(await reader.get(`/api/v1/features/${shownId}`), 401);
    expectProblem(await reader.get(`/api/v1/releases/${releaseId}`), 401);
    expectProblem(await reader.get(linksUrl()), 401);
  });

  it('stops working when revoked or expired, answering exactly like an unknown token', async () => {
    const reader = new Agent(app);
    const revoked = await share({ name: 'Revoked' });
    expect((await reader.get(`/api/v1/shared/${revoked.token}/roadmap`)).statusCode).toBe(200);
    expect(
      (await pm.request({ method: 'DELETE', url: `/api/v1/share-links/${revoked.id}` })).statusCode,
    ).toBe(204);
    const expired = await share({ name: 'Expiring', expiresAt: '2099-01-01T00:00:00Z' });
    expect(expired.expiresAt).toBe('2099-01-01T00:00:00.000Z');
    await app.database.db
      .updateTable('share_links')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', expired.id)
      .execute();
    const answers = [];
    for (const token of [revoked.token, expired.token, 'A'.repeat(43)]) {
      const response = await reader.get(`/api/v1/shared/${token}/roadmap`);
      expectProblem(response, 404);
      const { instance: _instance, ...problem } = response.json();
      answers.push(problem);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    const listed = shareLinkListSchema.parse((await pm.get(linksUrl())).json()).items;
    expect(listed.find((l) => l.id === revoked.id)).toMatchObject({ active: false });
    expect(listed.find((l) => l.id === revoked.id)?.revokedAt).not.toBeNull();
    expect(listed.find((l) => l.id === expired.id)).toMatchObject({ active: false, revokedAt: null });
  });

  it('is rate limited like the rest of the API', async () => {
    const limited = await startTestApp(database.config, { rateLimit: { max: 3, timeWindowMs: 60_000 } });
    try {
      const reader = new Agent(limited);
      const url = `/api/v1/shared/${'B'.repeat(43)}/roadmap`;
      for (let i = 0; i < 3; i += 1) expect((await reader.get(url)).statusCode).toBe(404);
      expect((await reader.get(url)).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('checks input, hides other workspaces and keeps viewers from sharing', async () => {
    expectProblem(await pm.post(linksUrl(), { name: '' }), 400, 'body.name');
    expectProblem(
      await pm.post(linksUrl(), { name: 'x', hiddenFields: ['password'] }),
      400,
      'body.hiddenFields.0',
    );
    expectProblem(
      await pm.post(linksUrl(), { name: 'x', expiresAt: '2020-01-01T00:00:00Z' }),
      400,
      'body.expiresAt',
    );
    expectProblem(await pm.post(linksUrl(), { name: 'x', token: 'mine' }), 400);
    const link = await share({ name: 'Mine' });
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(linksUrl()), 404);
    expectProblem(await eve.post(linksUrl(), { name: 'Eve' }), 404);
    expectProblem(await eve.request({ method: 'DELETE', url: `/api/v1/share-links/${link.id}` }), 404);
    const vic = new Agent(app);
    const vicId = (await vic.signUp(uniqueEmail('vic'), PASSWORD, 'Vic')).user.id;
    const now = nowUtc();
    await insertMembership(app.database.db, {
      workspace_id: workspaceId,
      user_id: vicId,
      role: 'viewer',
      created_at: now,
      updated_at: now,
    });
    expectProblem(await vic.post(linksUrl(), { name: 'Viewer' }), 403);
    expectProblem(await vic.request({ method: 'DELETE', url: `/api/v1/share-links/${link.id}` }), 403);
    expect((await new Agent(app).get(`/api/v1/shared/${link.token}/roadmap`)).statusCode).toBe(200);
  });
});
