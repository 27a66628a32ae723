import { productSchema, stakeholderListSchema, stakeholderSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'stakeholders password';

describeEachDatabase('stakeholders: a register on the power/interest grid', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia Product')).memberships[0].workspaceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  const url = () => `/api/v1/workspaces/${workspaceId}/stakeholders`;
  async function create(body: Record<string, unknown>) {
    const response = await pm.post(url(), body);
    expect(response.statusCode, response.body).toBe(201);
    return stakeholderSchema.parse(response.json());
  }

  it('places stakeholders on the grid and moves them when power or interest changes', async () => {
    const product = productSchema.parse(
      (await pm.post(`/api/v1/workspaces/${workspaceId}/products`, { name: 'App' })).json(),
    );
    const ceo = await create({
      name: 'Casey CEO',
      role: 'Chief executive',
      power: 5,
      interest: 4,
      productId: product.id,
      engagementPlan: 'Monthly roadmap review; heads-up before any date moves',
    });
    expect(ceo).toMatchObject({ quadrant: 'manage-closely', productId: product.id, version: 1 });
    const users = await create({ name: 'Power users', power: 2, interest: 5 });
    expect(users.quadrant).toBe('keep-informed');
    const legal = await create({ name: 'Legal', power: 4, interest: 1 });
    expect(legal.quadrant).toBe('keep-satisfied');
    // legal gets interested: 4 × 3 → manage closely
    const moved = await pm.patch(`/api/v1/stakeholders/${legal.id}`, { version: 1, interest: 3 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(stakeholderSchema.parse(moved.json())).toMatchObject({ quadrant: 'manage-closely', version: 2 });
    const register = stakeholderListSchema.parse((await pm.get(url())).json()).items;
    // most powerful first
    expect(register.map((s) => s.name)).toEqual(['Casey CEO', 'Legal', 'Power users']);
    expect(
      stakeholderListSchema
        .parse((await pm.get(`${url()}?quadrant=manage-closely`)).json())
        .items.map((s) => s.name),
    ).toEqual(['Casey CEO', 'Legal']);
    expect(
      stakeholderListSchema
        .parse((await pm.get(`${url()}?productId=${product.id}`)).json())
        .items.map((s) => s.id),
    ).toEqual([ceo.id]);
    const stale = await pm.patch(`/api/v1/stakeholders/${legal.id}`, { version: 1, power: 1 });
    expectProblem(stale, 409, 'version');
    expect(stale.json().current).toMatchObject({ power: 4, version: 2 });
    expect(
      (await pm.request({ method: 'DELETE', url: `/api/v1/stakeholders/${users.id}?version=1` })).statusCode,
    ).toBe(204);
    expectProblem(await pm.get(`/api/v1/stakeholders/${users.id}`), 404);
  });

  it('refuses bad input, naming the field', async () => {
    expectProblem(await pm.post(url(), { name: 'x', power: 6, interest: 1 }), 400, 'body.power');
    expectProblem(await pm.post(url(), { name: 'x', power: 2.5, interest: 1 }), 400, 'body.power');
    expectProblem(await pm.post(url(), { name: 'x', power: 1 }), 400, 'body.interest');
    expectProblem(await pm.post(url(), { name: '', power: 1, interest: 1 }), 400, 'body.name');
    expectProblem(
      await pm.post(url(), { name: 'x', power: 1, interest: 1, productId: workspaceId }),
      400,
      'body.productId',
    );
    expectProblem(await pm.get(`${url()}?quadrant=somewhere`), 400, 'query.quadrant');
  });

  it('hides other workspaces and keeps viewers to reading', async () => {
    const stakeholder = await create({ name: 'Private', power: 1, interest: 1 });
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(url()), 404);
    expectProblem(await eve.get(`/api/v1/stakeholders/${stakeholder.id}`), 404);
    expectProblem(
      await eve.patch(`/api/v1/stakeholders/${stakeholder.id}`, { version: 1, name: 'Eve' }),
      404,
    );
    const { agent: vic } = await joinAs(app, workspaceId, 'viewer');
    expect((await vic.get(`/api/v1/stakeholders/${stakeholder.id}`)).statusCode).toBe(200);
    expectProblem(await vic.post(url(), { name: 'Viewer', power: 1, interest: 1 }), 403);
    expectProblem(
      await vic.patch(`/api/v1/stakeholders/${stakeholder.id}`, { version: 1, name: 'Viewer' }),
      403,
    );
    expectProblem(
      await vic.request({ method: 'DELETE', url: `/api/v1/stakeholders/${stakeholder.id}` }),
      403,
    );
  });
});
