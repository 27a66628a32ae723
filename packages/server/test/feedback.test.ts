import { featureEvidenceSchema, featureSchema, feedbackItemSchema, feedbackListSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'feedback inbox password';

describeEachDatabase('feedback inbox and evidence', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia')).memberships[0].workspaceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('captures feedback, triages it onto a feature, and shows the evidence', async () => {
    const feature = featureSchema.parse(
      (await pm.post(`/api/v1/workspaces/${workspaceId}/features`, { title: 'Bulk export' })).json(),
    );
    const url = `/api/v1/workspaces/${workspaceId}/feedback`;
    const a = feedbackItemSchema.parse(
      (
        await pm.post(url, {
          text: 'We need to export everything at once',
          customer: 'Ana',
          company: 'Acme',
          segment: 'Enterprise',
          importance: 'high',
          tags: ['export'],
        })
      ).json(),
    );
    expect(a).toMatchObject({ status: 'new', featureId: null, source: 'api', tags: ['export'] });
    const linked = await pm.patch(`/api/v1/feedback/${a.id}`, { version: 1, featureId: feature.id });
    expect(linked.json()).toMatchObject({ status: 'triaged', featureId: feature.id, version: 2 });
    await pm.post(url, {
      text: 'Export takes forever',
      customer: 'Bo',
      company: 'Globex',
      segment: 'SMB',
      featureId: feature.id,
    });
    await pm.post(url, {
      text: 'Please, bulk export',
      customer: 'Ana',
      company: 'Acme',
      segment: 'Enterprise',
      featureId: feature.id,
    });
    const evidence = featureEvidenceSchema.parse(
      (await pm.get(`/api/v1/features/${feature.id}/evidence`)).json(),
    );
    expect(evidence.count).toBe(3);
    expect(evidence.customers).toEqual([
      { name: 'Ana', company: 'Acme', count: 2 },
      { name: 'Bo', company: 'Globex', count: 1 },
    ]);
    expect(evidence.segments).toEqual([
      { name: 'Enterprise', count: 2 },
      { name: 'SMB', count: 1 },
    ]);
    expect(featureSchema.parse((await pm.get(`/api/v1/features/${feature.id}`)).json()).evidenceCount).toBe(
      3,
    );
    expectProblem(
      await pm.patch(`/api/v1/feedback/${a.id}`, { version: 1, featureId: null }),
      409,
      'version',
    );
  });

  it('turns a feedback item into an idea in one write', async () => {
    const url = `/api/v1/workspaces/${workspaceId}/feedback`;
    const item = feedbackItemSchema.parse(
      (await pm.post(url, { text: 'Slack notifications when a task slips\nand email too' })).json(),
    );
    const response = await pm.post(`/api/v1/feedback/${item.id}/idea`, { version: 1 });
    expect(response.statusCode, response.body).toBe(201);
    const { feature, item: linked } = response.json();
    expect(feature).toMatchObject({
      kind: 'idea',
      title: 'Slack notifications when a task slips',
      evidenceCount: 1,
    });
    expect(linked).toMatchObject({ featureId: feature.id, status: 'triaged' });
    expectProblem(await pm.post(`/api/v1/feedback/${item.id}/idea`, { version: 1 }), 409, 'version');
  });

  it('imports CSV all or nothing, naming the line and column of a bad row', async () => {
    const url = `/api/v1/workspaces/${workspaceId}/feedback/import`;
    const before = feedbackListSchema.parse(
      (await pm.get(`/api/v1/workspaces/${workspaceId}/feedback`)).json(),
    ).items.length;
    const bad = 'text,customer,importance\n"Great, fast",Ana,high\nSlow search,Bo,urgent\n';
    const refused = expectProblem(await pm.post(url, { csv: bad, fileName: 'survey.csv' }), 400);
    expect(refused.detail).toBe(
      'survey.csv:3: column importance: Invalid option: expected one of "low"|"medium"|"high"|"critical"',
    );
    expect(
      feedbackListSchema.parse((await pm.get(`/api/v1/workspaces/${workspaceId}/feedback`)).json()).items,
    ).toHaveLength(before);
    const good =
      'Text,Customer,Segment,Tags\n"Great, fast",Ana,SMB,speed;ui\n"Needs ""SSO""",Cy,Enterprise,\n';
    const imported = await pm.post(url, { csv: good });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().imported).toBe(2);
    expect(imported.json().items[0]).toMatchObject({
      text: 'Great, fast',
      source: 'csv',
      tags: ['speed', 'ui'],
    });
    expect(imported.json().items[1].text).toBe('Needs "SSO"');
    expectProblem(await pm.post(url, { csv: 'customer\nAna' }), 400, 'body.csv');
    expectProblem(await pm.post(url, { csv: 'text\n"unclosed' }), 400, 'body.csv');
  });

  it('names bad input and hides other workspaces', async () => {
    const url = `/api/v1/workspaces/${workspaceId}/feedback`;
    expectProblem(await pm.post(url, { text: '' }), 400, 'body.text');
    expectProblem(await pm.post(url, { text: 'x', importance: 'urgent' }), 400, 'body.importance');
    expectProblem(await pm.post(url, { text: 'x', featureId: workspaceId }), 400, 'body.featureId');
    const item = feedbackItemSchema.parse((await pm.post(url, { text: 'Mine' })).json());
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(url), 404);
    expectProblem(await eve.patch(`/api/v1/feedback/${item.id}`, { version: 1, text: 'Eve' }), 404);
    expectProblem(await eve.post(`/api/v1/feedback/${item.id}/idea`, { version: 1 }), 404);
  });
});
