import {
  comparisonMatrixSchema,
  competitorListSchema,
  competitorSchema,
  featureSchema,
  marketTrendListSchema,
  marketTrendSchema,
  productSchema,
  swotSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'market analysis password';
const put = (agent: Agent, url: string, json: unknown) => agent.request({ method: 'PUT', url, json });

describeEachDatabase('market: competitors, comparison matrix, trends and SWOT', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;
  let productId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia Product')).memberships[0].workspaceId;
    productId = productSchema.parse(
      (await pm.post(`/api/v1/workspaces/${workspaceId}/products`, { name: 'Planner' })).json(),
    ).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const ws = (path: string) => `/api/v1/workspaces/${workspaceId}/${path}`;
  async function competitor(body: Record<string, unknown>) {
    const response = await pm.post(ws('competitors'), body);
    expect(response.statusCode, response.body).toBe(201);
    return competitorSchema.parse(response.json());
  }

  it('profiles competitors and compares our features against them', async () => {
    const acme = await competitor({
      name: 'Acme Plan',
      website: 'https://acme.example',
      strengths: ['Brand', 'Integrations'],
      weaknesses: ['No resource levelling'],
      pricing: '$10/user/month',
    });
    const zeta = await competitor({ name: 'Zeta' });
    const feature = async (title: string, status = 'planned') =>
      featureSchema.parse((await pm.post(ws('features'), { title, status, statusReason: 'x' })).json()).id;
    const gantt = await feature('Gantt chart', 'released');
    const levelling = await feature('Levelling');
    await feature('Fax', 'rejected');
    const set = async (competitorId: string, featureId: string, body: Record<string, unknown>) => {
      const response = await put(pm, `/api/v1/competitors/${competitorId}/features/${featureId}`, body);
      expect(response.statusCode, response.body).toBe(200);
    };
    await set(acme.id, gantt, { support: 'full' });
    await set(acme.id, levelling, { support: 'none', note: 'manual only' });
    // a second answer replaces the first
    await set(acme.id, gantt, { support: 'partial', note: 'no baselines' });
    const matrix = comparisonMatrixSchema.parse((await pm.get(ws('comparison-matrix'))).json());
    expect(matrix.competitors).toEqual([
      { id: acme.id, name: 'Acme Plan' },
      { id: zeta.id, name: 'Zeta' },
    ]);
    // the rejected feature is not compared; Zeta's cells were never filled in
    expect(matrix.rows.map((r) => [r.title, r.cells.map((c) => c.support)])).toEqual([
      ['Gantt chart', ['partial', 'unknown']],
      ['Levelling', ['none', 'unknown']],
    ]);
    expect(matrix.rows[0].cells[0].note).toBe('no baselines');
    const patched = await pm.patch(`/api/v1/competitors/${acme.id}`, { version: 1, weaknesses: [] });
    expect(competitorSchema.parse(patched.json())).toMatchObject({
      weaknesses: [],
      strengths: ['Brand', 'Integrations'],
      version: 2,
    });
    expectProblem(
      await pm.patch(`/api/v1/competitors/${acme.id}`, { version: 1, name: 'Stale' }),
      409,
      'version',
    );
    expectProblem(
      await pm.post(ws('competitors'), { name: 'x', website: 'javascript:alert(1)' }),
      400,
      'body.website',
    );
    expectProblem(
      await put(pm, `/api/v1/competitors/${acme.id}/features/${gantt}`, { support: 'most' }),
      400,
      'body.support',
    );
    expectProblem(
      await put(pm, `/api/v1/competitors/${acme.id}/features/${productId}`, { support: 'full' }),
      404,
    );
    // removing a competitor removes its column
    expect(
      (await pm.request({ method: 'DELETE', url: `/api/v1/competitors/${acme.id}?version=2` })).statusCode,
    ).toBe(204);
    const after = comparisonMatrixSchema.parse((await pm.get(ws('comparison-matrix'))).json());
    expect(after.competitors.map((c) => c.id)).toEqual([zeta.id]);
    expect(
      competitorListSchema.parse((await pm.get(ws('competitors'))).json()).items.map((c) => c.id),
    ).toEqual([zeta.id]);
  });

  it('logs trends with impact and links, newest first', async () => {
    const create = async (body: Record<string, unknown>) => {
      const response = await pm.post(ws('market-trends'), body);
      expect(response.statusCode, response.body).toBe(201);
      return marketTrendSchema.parse(response.json());
    };
    const ai = await create({
      title: 'AI scheduling assistants',
      impact: 'high',
      observedOn: '2026-02-01',
      links: ['https://example.com/report'],
    });
    await create({ title: 'Hybrid work', observedOn: '2026-01-10' });
    const log = marketTrendListSchema.parse((await pm.get(ws('market-trends'))).json()).items;
    expect(log.map((t) => [t.title, t.impact])).toEqual([
      ['AI scheduling assistants', 'high'],
      ['Hybrid work', 'medium'],
    ]);
    expect(log[0].links).toEqual(['https://example.com/report']);
    const moved = await pm.patch(`/api/v1/market-trends/${ai.id}`, { version: 1, impact: 'low' });
    expect(moved.json()).toMatchObject({ impact: 'low', version: 2 });
    expectProblem(
      await pm.patch(`/api/v1/market-trends/${ai.id}`, { version: 1, impact: 'high' }),
      409,
      'version',
    );
    expectProblem(
      await pm.post(ws('market-trends'), { title: 'x', links: ['not a url'] }),
      400,
      'body.links.0',
    );
    expectProblem(await pm.post(ws('market-trends'), { title: 'x', impact: 'huge' }), 400, 'body.impact');
    expect(
      (await pm.request({ method: 'DELETE', url: `/api/v1/market-trends/${ai.id}?version=2` })).statusCode,
    ).toBe(204);
  });

  it('keeps one SWOT per product, versioned', async () => {
    const empty = swotSchema.parse((await pm.get(`/api/v1/products/${productId}/swot`)).json());
    expect(empty).toEqual({
      productId,
      strengths: [],
      weaknesses: [],
      opportunities: [],
      threats: [],
      version: 0,
      updatedAt: null,
    });
    const body = {
      strengths: ['Live schedule'],
      weaknesses: ['Small team'],
      opportunities: ['Self-hosting demand'],
      threats: ['Incumbents bundling'],
    };
    const saved = await put(pm, `/api/v1/products/${productId}/swot`, { ...body, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(swotSchema.parse(saved.json())).toMatchObject({ ...body, version: 1 });
    const stale = await put(pm, `/api/v1/products/${productId}/swot`, { ...body, threats: [], version: 0 });
    expectProblem(stale, 409, 'version');
    expect(stale.json().current).toMatchObject({ threats: ['Incumbents bundling'], version: 1 });
    expect(
      (await put(pm, `/api/v1/products/${productId}/swot`, { ...body, threats: [], version: 1 })).json(),
    ).toMatchObject({
      threats: [],
      version: 2,
    });
    expectProblem(
      await put(pm, `/api/v1/products/${productId}/swot`, { ...body, strengths: [''], version: 2 }),
      400,
      'body.strengths.0',
    );
    expectProblem(
      await put(pm, `/api/v1/products/${productId}/swot`, { strengths: [], version: 2 }),
      400,
      'body.weaknesses',
    );
  });

  it('hides other workspaces and keeps viewers to reading', async () => {
    const rival = await competitor({ name: 'Private rival' });
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(ws('competitors')), 404);
    expectProblem(await eve.get(ws('comparison-matrix')), 404);
    expectProblem(await eve.get(ws('market-trends')), 404);
    expectProblem(await eve.get(`/api/v1/competitors/${rival.id}`), 404);
    expectProblem(await eve.patch(`/api/v1/competitors/${rival.id}`, { version: 1, name: 'Eve' }), 404);
    expectProblem(await eve.get(`/api/v1/products/${productId}/swot`), 404);
    const { agent: vic } = await joinAs(app, workspaceId, 'viewer');
    expect((await vic.get(`/api/v1/competitors/${rival.id}`)).statusCode).toBe(200);
    expect((await vic.get(`/api/v1/products/${productId}/swot`)).statusCode).toBe(200);
    expectProblem(await vic.post(ws('competitors'), { name: 'Viewer' }), 403);
    expectProblem(await vic.post(ws('market-trends'), { title: 'Viewer' }), 403);
    expectProblem(await vic.patch(`/api/v1/competitors/${rival.id}`, { version: 1, name: 'Viewer' }), 403);
    expectProblem(
      await put(vic, `/api/v1/products/${productId}/swot`, {
        strengths: [],
        weaknesses: [],
        opportunities: [],
        threats: [],
        version: 0,
      }),
      403,
    );
  });
});
