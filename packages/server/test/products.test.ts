import { productListSchema, productSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'products password';

describeEachDatabase('products: vision, customers and the dated lifecycle', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let pmId: string;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    const session = await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia Product');
    pmId = session.user.id;
    workspaceId = session.memberships[0].workspaceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  const url = () => `/api/v1/workspaces/${workspaceId}/products`;
  async function create(body: Record<string, unknown>) {
    const response = await pm.post(url(), body);
    expect(response.statusCode, response.body).toBe(201);
    return productSchema.parse(response.json());
  }

  it('keeps vision, strategy, customers and personas, and dates every lifecycle stage', async () => {
    const product = await create({
      name: 'Tandem Mobile',
      vision: 'Plans in your pocket',
      targetCustomers: 'Site managers',
      personas: [{ name: 'Sam the site manager', description: 'Checks the plan at 7am' }, { name: 'Pat' }],
      stageChangedOn: '2026-01-05',
      lifecycleStage: 'discovery',
    });
    expect(product).toMatchObject({
      lifecycleStage: 'discovery',
      personas: [
        { name: 'Sam the site manager', description: 'Checks the plan at 7am' },
        { name: 'Pat', description: '' },
      ],
      stageHistory: [{ stage: 'discovery', date: '2026-01-05', changedBy: pmId }],
      version: 1,
    });
    const launched = await pm.patch(`/api/v1/products/${product.id}`, {
      version: 1,
      lifecycleStage: 'introduction',
      stageChangedOn: '2026-03-01',
      strategy: 'Win site managers first',
    });
    expect(launched.statusCode, launched.body).toBe(200);
    expect(productSchema.parse(launched.json())).toMatchObject({
      lifecycleStage: 'introduction',
      strategy: 'Win site managers first',
      vision: 'Plans in your pocket',
      stageHistory: [
        { stage: 'discovery', date: '2026-01-05' },
        { stage: 'introduction', date: '2026-03-01' },
      ],
      version: 2,
    });
    // the same stage again is no change: no new history entry
    const same = await pm.patch(`/api/v1/products/${product.id}`, {
      version: 2,
      lifecycleStage: 'introduction',
    });
    expect(productSchema.parse(same.json()).stageHistory).toHaveLength(2);
    // a stage change cannot be dated before the last one; nothing is saved then
    expectProblem(
      await pm.patch(`/api/v1/products/${product.id}`, {
        version: 3,
        lifecycleStage: 'growth',
        stageChangedOn: '2026-02-01',
      }),
      400,
      'body.stageChangedOn',
    );
    expect((await pm.get(`/api/v1/products/${product.id}`)).json()).toMatchObject({
      lifecycleStage: 'introduction',
      version: 3,
    });
    const stale = await pm.patch(`/api/v1/products/${product.id}`, { version: 1, name: 'Stale' });
    expectProblem(stale, 409, 'version');
    expect(stale.json().current).toMatchObject({ name: 'Tandem Mobile', version: 3 });
    expect(productListSchema.parse((await pm.get(url())).json()).items.map((p) => p.id)).toContain(
      product.id,
    );
  });

  it('refuses bad input, naming the field', async () => {
    expectProblem(await pm.post(url(), { name: '' }), 400, 'body.name');
    expectProblem(await pm.post(url(), { name: 'x', lifecycleStage: 'boom' }), 400, 'body.lifecycleStage');
    expectProblem(
      await pm.post(url(), { name: 'x', stageChangedOn: '2026-01-01' }),
      400,
      'body.stageChangedOn',
    );
    expectProblem(await pm.post(url(), { name: 'x', personas: [{ name: '' }] }), 400, 'body.personas.0.name');
  });

  it('removes a product with its history, leaving its stakeholders in the register', async () => {
    const product = await create({ name: 'Legacy' });
    const stakeholder = await pm.post(`/api/v1/workspaces/${workspaceId}/stakeholders`, {
      name: 'Chris CFO',
      power: 5,
      interest: 2,
      productId: product.id,
    });
    expect(stakeholder.statusCode, stakeholder.body).toBe(201);
    expectProblem(
      await pm.request({ method: 'DELETE', url: `/api/v1/products/${product.id}?version=2` }),
      409,
      'version',
    );
    expect(
      (await pm.request({ method: 'DELETE', url: `/api/v1/products/${product.id}?version=1` })).statusCode,
    ).toBe(204);
    expectProblem(await pm.get(`/api/v1/products/${product.id}`), 404);
    expect((await pm.get(`/api/v1/stakeholders/${stakeholder.json().id}`)).json().productId).toBeNull();
  });

  it('hides other workspaces and keeps viewers to reading', async () => {
    const product = await create({ name: 'Private' });
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(url()), 404);
    expectProblem(await eve.get(`/api/v1/products/${product.id}`), 404);
    expectProblem(await eve.patch(`/api/v1/products/${product.id}`, { version: 1, name: 'Eve' }), 404);
    const { agent: vic } = await joinAs(app, workspaceId, 'viewer');
    expect((await vic.get(`/api/v1/products/${product.id}`)).statusCode).toBe(200);
    expectProblem(await vic.post(url(), { name: 'Viewer' }), 403);
    expectProblem(await vic.patch(`/api/v1/products/${product.id}`, { version: 1, name: 'Viewer' }), 403);
    expectProblem(await vic.request({ method: 'DELETE', url: `/api/v1/products/${product.id}` }), 403);
  });
});
