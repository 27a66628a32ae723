import { type Feature, featureListSchema, featureSchema, type Scorecard, scorecardSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChangeEvent } from '../src/live/change-feed';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'weighted scorecard password';

describeEachDatabase('weighted scorecards: criteria, weights, feature values and the ranking', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Sam Scorer')).memberships[0].workspaceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  const scorecardUrl = (ws = workspaceId) => `/api/v1/workspaces/${ws}/scorecard`;
  const criterionUrl = (id: string) => `/api/v1/scorecard-criteria/${id}`;

  async function scorecard(): Promise<Scorecard> {
    const response = await pm.get(scorecardUrl());
    expect(response.statusCode, response.body).toBe(200);
    return scorecardSchema.parse(response.json());
  }
  async function addCriterion(body: Record<string, unknown>): Promise<Scorecard> {
    const response = await pm.post(`${scorecardUrl()}/criteria`, body);
    expect(response.statusCode, response.body).toBe(201);
    return scorecardSchema.parse(response.json());
  }
  async function removeAll(): Promise<void> {
    for (const c of (await scorecard()).criteria) {
      const response = await pm.delete(`${criterionUrl(c.id)}?version=${c.version}`);
      expect(response.statusCode, response.body).toBe(204);
    }
  }
  async function createFeature(body: Record<string, unknown>): Promise<Feature> {
    const response = await pm.post(`/api/v1/workspaces/${workspaceId}/features`, body);
    expect(response.statusCode, response.body).toBe(201);
    return featureSchema.parse(response.json());
  }
  async function patchFeature(feature: Feature, body: Record<string, unknown>): Promise<Feature> {
    const response = await pm.patch(`/api/v1/features/${feature.id}`, { version: feature.version, ...body });
    expect(response.statusCode, response.body).toBe(200);
    return featureSchema.parse(response.json());
  }
  async function backlogBy(sort: string): Promise<Feature[]> {
    const response = await pm.get(`/api/v1/workspaces/${workspaceId}/features?sort=${sort}`);
    expect(response.statusCode, response.body).toBe(200);
    return featureListSchema.parse(response.json()).items;
  }

  it('scores the weighted mean of values placed on 0–100, and a weight change re-ranks the backlog', async () => {
    await removeAll();
    const empty = await scorecard();
    expect(empty.criteria).toEqual([]);
    let card = await addCriterion({ name: 'Customer value', weight: 3 });
    card = await addCriterion({ name: 'Strategic fit', weight: 1 });
    const [value, fit] = card.criteria;
    expect(card.criteria.map((c) => [c.name, c.weight, c.scaleMin, c.scaleMax, c.position])).toEqual([
      ['Customer value', 3, 1, 5, 0],
      ['Strategic fit', 1, 1, 5, 1],
    ]);

    // on the default 1–5 scale: value 5 → 100, fit 1 → 0; (3·100 + 1·0) / (3 + 1) = 75,
    // which is (3·5 + 1·1) / 4 = 4 on the 1–5 scale itself
    const loved = await createFeature({
      title: 'Loved by customers',
      scorecard: [
        { criterionId: value.id, value: 5 },
        { criterionId: fit.id, value: 1 },
      ],
    });
    expect(loved.scores.scorecard).toBe(75);
    expect(loved.scorecard).toEqual([
      { criterionId: value.id, value: 5 },
      { criterionId: fit.id, value: 1 },
    ]);
    // the mirror image: (3·0 + 1·100) / 4 = 25
    let strategic = await createFeature({ title: 'Strategic bet' });
    expect(strategic.scores.scorecard).toBeNull();
    strategic = await patchFeature(strategic, {
      scorecard: [
        { criterionId: value.id, value: 1 },
        { criterionId: fit.id, value: 5 },
      ],
    });
    expect(strategic.scores.scorecard).toBe(25);
    const ids = (features: Feature[]) =>
      features.filter((f) => f.id === loved.id || f.id === strategic.id).map((f) => f.id);
    expect(ids(await backlogBy('scorecard'))).toEqual([loved.id, strategic.id]);

    // fit now weighs 4.5 (stored exactly): loved (3·100)/7.5 = 40, strategic (4.5·100)/7.5 = 60
    const reweighted = await pm.patch(criterionUrl(fit.id), { version: fit.version, weight: 4.5 });
    expect(reweighted.statusCode, reweighted.body).toBe(200);
    const after = scorecardSchema.parse(reweighted.json());
    expect(after.criteria[1]).toMatchObject({ weight: 4.5, version: 2 });
    expect(after.version).toBe(card.version + 1);
    const ranked = await backlogBy('scorecard');
    expect(ids(ranked)).toEqual([strategic.id, loved.id]);
    const scoreOf = (id: string) => ranked.find((f) => f.id === id)?.scores.scorecard;
    expect(scoreOf(loved.id)).toBeCloseTo(40, 12);
    expect(scoreOf(strategic.id)).toBeCloseTo(60, 12);
  });

  it('names the criteria still missing a value instead of a number, and places mixed scales', async () => {
    await removeAll();
    await addCriterion({ name: 'Reach', weight: 2 });
    const card = await addCriterion({ name: 'Urgency', weight: 1, scaleMin: 0, scaleMax: 10 });
    const [reach, urgency] = card.criteria;
    let feature = await createFeature({
      title: 'Half scored',
      scorecard: [{ criterionId: reach.id, value: 4 }],
    });
    expect(feature.scores.scorecard).toBeNull();
    expect(feature.scores.issues).toContainEqual({
      field: `scorecard.${urgency.id}`,
      message: 'Urgency has no value yet',
    });
    // reach 4 on 1–5 → 75; urgency 2 on 0–10 → 20; (2·75 + 1·20) / 3 = 170 / 3
    feature = await patchFeature(feature, { scorecard: [{ criterionId: urgency.id, value: 2 }] });
    expect(feature.scores.scorecard).toBeCloseTo(170 / 3, 12);
    expect(feature.scores.issues.filter((i) => i.field.startsWith('scorecard'))).toEqual([]);
    // null clears one value; the other stays
    feature = await patchFeature(feature, { scorecard: [{ criterionId: reach.id, value: null }] });
    expect(feature.scorecard).toEqual([{ criterionId: urgency.id, value: 2 }]);
    expect(feature.scores.scorecard).toBeNull();
    // a new criterion leaves every scored feature waiting for its value
    await addCriterion({ name: 'Revenue', weight: 1 });
    feature = featureSchema.parse((await pm.get(`/api/v1/features/${feature.id}`)).json());
    expect(feature.scores.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(['Reach has no value yet', 'Revenue has no value yet']),
    );
  });

  it('renames, rescales, reorders and removes criteria, with version checks', async () => {
    await removeAll();
    await addCriterion({ name: 'Alpha', weight: 1 });
    await addCriterion({ name: 'Beta', weight: 2 });
    const card = await addCriterion({ name: 'Gamma', weight: 0.125 });
    const [alpha, beta, gamma] = card.criteria;
    expect(gamma.weight).toBe(0.125);

    const renamed = await pm.patch(criterionUrl(alpha.id), { version: alpha.version, name: 'Alpha prime' });
    expect(scorecardSchema.parse(renamed.json()).criteria[0].name).toBe('Alpha prime');
    // the version read is now stale
    const stale = expectProblem(
      await pm.patch(criterionUrl(alpha.id), { version: alpha.version, weight: 9 }),
      409,
      'version',
    );
    expect(stale.detail).toMatch(/version 2/);
    expectProblem(await pm.delete(`${criterionUrl(alpha.id)}?version=${alpha.version}`), 409, 'version');

    const feature = await createFeature({
      title: 'Scored on beta',
      scorecard: [{ criterionId: beta.id, value: 4 }],
    });
    // a scale that would strand the stored 4 is refused; one that keeps it is fine
    expectProblem(
      await pm.patch(criterionUrl(beta.id), { version: beta.version, scaleMax: 3 }),
      409,
      'body.scaleMax',
    );
    const rescaled = await pm.patch(criterionUrl(beta.id), {
      version: beta.version,
      scaleMin: 0,
      scaleMax: 10,
    });
    expect(rescaled.statusCode, rescaled.body).toBe(200);
    expect(scorecardSchema.parse(rescaled.json()).criteria[1]).toMatchObject({ scaleMin: 0, scaleMax: 10 });

    const before = await scorecard();
    const reordered = await pm.request({
      method: 'PUT',
      url: `${scorecardUrl()}/order`,
      json: { version: before.version, criterionIds: [gamma.id, alpha.id, beta.id] },
    });
    expect(reordered.statusCode, reordered.body).toBe(200);
    const order = scorecardSchema.parse(reordered.json());
    expect(order.criteria.map((c) => [c.id, c.position])).toEqual([
      [gamma.id, 0],
      [alpha.id, 1],
      [beta.id, 2],
    ]);
    // the same order sent with the old scorecard version is stale
    expectProblem(
      await pm.request({
        method: 'PUT',
        url: `${scorecardUrl()}/order`,
        json: { version: before.version, criterionIds: [alpha.id, beta.id, gamma.id] },
      }),
      409,
      'version',
    );
    // every criterion must be listed once
    expectProblem(
      await pm.request({
        method: 'PUT',
        url: `${scorecardUrl()}/order`,
        json: { version: order.version, criterionIds: [alpha.id, beta.id] },
      }),
      400,
      'body.criterionIds',
    );

    // removing a criterion takes the features' values on it and closes the gap
    const removed = await pm.delete(`${criterionUrl(alpha.id)}?version=${order.criteria[1].version}`);
    expect(removed.statusCode, removed.body).toBe(204);
    const left = await scorecard();
    expect(left.criteria.map((c) => [c.name, c.position])).toEqual([
      ['Gamma', 0],
      ['Beta', 1],
    ]);
    const removedBeta = await pm.delete(`${criterionUrl(beta.id)}?version=${left.criteria[1].version}`);
    expect(removedBeta.statusCode, removedBeta.body).toBe(204);
    const unscored = featureSchema.parse((await pm.get(`/api/v1/features/${feature.id}`)).json());
    expect(unscored.scorecard).toEqual([]);
    expect(unscored.scores.scorecard).toBeNull();
    expectProblem(await pm.patch(criterionUrl(beta.id), { version: 2, name: 'Gone' }), 404);
  });

  it('gives criteria added at the same time distinct places', async () => {
    await removeAll();
    const answers = await Promise.all(
      ['One', 'Two', 'Three', 'Four'].map((name) =>
        pm.post(`${scorecardUrl()}/criteria`, { name, weight: 1 }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    const card = await scorecard();
    expect(card.criteria.map((c) => c.position)).toEqual([0, 1, 2, 3]);
    expect(card.version).toBeGreaterThanOrEqual(4);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    await removeAll();
    const card = await addCriterion({ name: 'Impact', weight: 2 });
    const [impact] = card.criteria;
    const url = `${scorecardUrl()}/criteria`;
    expectProblem(await pm.post(url, { name: '  ', weight: 1 }), 400, 'body.name');
    expectProblem(await pm.post(url, { name: 'Zero', weight: 0 }), 400, 'body.weight');
    expectProblem(await pm.post(url, { name: 'Negative', weight: -2 }), 400, 'body.weight');
    expectProblem(await pm.post(url, { name: 'Too fine', weight: 1.0005 }), 400, 'body.weight');
    expectProblem(await pm.post(url, { name: 'Text', weight: '3' }), 400, 'body.weight');
    expectProblem(
      await pm.post(url, { name: 'Upside down', weight: 1, scaleMin: 5, scaleMax: 1 }),
      400,
      'body.scaleMax',
    );
    expectProblem(await pm.post(url, { name: 'Half step', weight: 1, scaleMax: 4.5 }), 400, 'body.scaleMax');
    expectProblem(await pm.post(url, { name: 'impact', weight: 1 }), 409, 'body.name');
    expectProblem(await pm.patch(criterionUrl(impact.id), { version: 1, scaleMin: 7 }), 400, 'body.scaleMin');
    expect((await scorecard()).criteria.map((c) => c.name)).toEqual(['Impact']);

    const feature = await createFeature({ title: 'Badly scored' });
    const featureUrl = `/api/v1/features/${feature.id}`;
    const v = feature.version;
    expectProblem(
      await pm.patch(featureUrl, { version: v, scorecard: [{ criterionId: impact.id, value: 6 }] }),
      400,
      'body.scorecard.0.value',
    );
    expectProblem(
      await pm.patch(featureUrl, { version: v, scorecard: [{ criterionId: impact.id, value: 2.5 }] }),
      400,
      'body.scorecard.0.value',
    );
    expectProblem(
      await pm.patch(featureUrl, {
        version: v,
        scorecard: [
          { criterionId: impact.id, value: 2 },
          { criterionId: impact.id, value: 3 },
        ],
      }),
      400,
      'body.scorecard.1.criterionId',
    );
    expectProblem(
      await pm.patch(featureUrl, {
        version: v,
        scorecard: [{ criterionId: '0190f0f0-0000-7000-8000-000000000000', value: 3 }],
      }),
      400,
      'body.scorecard.0.criterionId',
    );
    const unchanged = featureSchema.parse((await pm.get(featureUrl)).json());
    expect([unchanged.version, unchanged.scorecard]).toEqual([v, []]);
  });

  it('lets viewers read but not write, hides it from other workspaces, and announces writes', async () => {
    await removeAll();
    const card = await addCriterion({ name: 'Visible', weight: 1 });
    const [visible] = card.criteria;
    const viewer = (await joinAs(app, workspaceId, 'viewer')).agent;
    expect(scorecardSchema.parse((await viewer.get(scorecardUrl())).json()).criteria).toHaveLength(1);
    expectProblem(await viewer.post(`${scorecardUrl()}/criteria`, { name: 'Nope', weight: 1 }), 403);
    expectProblem(await viewer.patch(criterionUrl(visible.id), { version: 1, weight: 2 }), 403);
    expectProblem(await viewer.delete(criterionUrl(visible.id)), 403);
    expectProblem(
      await viewer.request({
        method: 'PUT',
        url: `${scorecardUrl()}/order`,
        json: { version: card.version, criterionIds: [visible.id] },
      }),
      403,
    );
    const editor = (await joinAs(app, workspaceId, 'member')).agent;
    const byEditor = await editor.patch(criterionUrl(visible.id), { version: 1, weight: 2 });
    expect(byEditor.statusCode, byEditor.body).toBe(200);

    const outsider = new Agent(app);
    const ownWorkspace = (await outsider.signUp(uniqueEmail('outsider'), PASSWORD, 'Olly Outsider'))
      .memberships[0].workspaceId;
    expectProblem(await outsider.get(scorecardUrl()), 404);
    expectProblem(await outsider.post(`${scorecardUrl()}/criteria`, { name: 'Sneaky', weight: 1 }), 404);
    expectProblem(await outsider.patch(criterionUrl(visible.id), { version: 2, weight: 5 }), 404);
    expectProblem(await outsider.delete(criterionUrl(visible.id)), 404);
    // their own scorecard is separate, and our criteria cannot score their features
    expect(scorecardSchema.parse((await outsider.get(scorecardUrl(ownWorkspace))).json()).criteria).toEqual(
      [],
    );
    const theirs = await outsider.post(`/api/v1/workspaces/${ownWorkspace}/features`, {
      title: 'Theirs',
      scorecard: [{ criterionId: visible.id, value: 3 }],
    });
    expectProblem(theirs, 400, 'body.scorecard.0.criterionId');

    const events: ChangeEvent[] = [];
    const unsubscribe = app.changeFeed.subscribe((event) => events.push(event));
    try {
      const added = await addCriterion({ name: 'Announced', weight: 1 });
      const announced = added.criteria[1];
      expectProblem(await pm.post(`${scorecardUrl()}/criteria`, { name: '', weight: 1 }), 400, 'body.name');
      await pm.delete(criterionUrl(announced.id));
      expect(
        events.filter((e) => e.entity === 'scorecard').map((e) => [e.kind, e.ids, e.workspaceId]),
      ).toEqual([
        ['upsert', [announced.id], workspaceId],
        ['delete', [announced.id], workspaceId],
      ]);
    } finally {
      unsubscribe();
    }
  });
});
