import { CSRF_HEADER, SESSION_COOKIE, sessionSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'correct horse battery';

describeEachDatabase('auth', (database) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await startTestApp(database.config);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('signs up with a personal workspace and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const email = uniqueEmail('ada');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: email.toUpperCase(), password: PASSWORD, name: 'Ada Lovelace' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const session = sessionSchema.parse(response.json());
    expect(session.user.email).toBe(email);
    expect(session.user.name).toBe('Ada Lovelace');
    expect(session.memberships).toEqual([expect.objectContaining({ role: 'owner' })]);
    expect(session.csrfToken.length).toBeGreaterThanOrEqual(20);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(String(cookie?.sameSite).toLowerCase()).toBe('lax');
    expect(cookie?.path).toBe('/');
    expect(cookie?.secure ?? false).toBe(false);
    expect(JSON.stringify(response.json())).not.toContain(cookie?.value);
  });

  it('refuses a second account with the same email (409 naming the email)', async () => {
    const email = uniqueEmail('twice');
    await new Agent(app).signUp(email, PASSWORD, 'First');
    const again = await new Agent(app).post('/api/v1/auth/sign-up', {
      email,
      password: PASSWORD,
      name: 'Second',
    });
    expectProblem(again, 409, 'email');
  });

  it('signs in, shows the session, and rotates the session: the old cookie stops working', async () => {
    const email = uniqueEmail('rotate');
    const agent = new Agent(app);
    await agent.signUp(email, PASSWORD, 'Rotating Rita');
    const oldCookie = agent.cookie;
    expect(oldCookie).not.toBeNull();
    expect((await agent.get('/api/v1/auth/session')).statusCode).toBe(200);

    const session = await agent.signIn(email, PASSWORD);
    expect(session.user.email).toBe(email);
    expect(agent.cookie).not.toBeNull();
    expect(agent.cookie).not.toBe(oldCookie);
    expect((await agent.get('/api/v1/auth/session')).statusCode).toBe(200);

    const stale = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      cookies: { [SESSION_COOKIE]: oldCookie ?? '' },
    });
    expectProblem(stale, 401);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const agent = new Agent(app);
    await agent.signUp(uniqueEmail('bye'), PASSWORD, 'Leaving Lou');
    const cookie = agent.cookie ?? '';
    const response = await agent.post('/api/v1/auth/sign-out');
    expect(response.statusCode, response.body).toBe(204);
    expect(agent.cookie).toBeNull();
    const after = await app.inject({
      method: 'GET',
      url: '/api/v1/workspaces',
      cookies: { [SESSION_COOKIE]: cookie },
    });
    expectProblem(after, 401);
  });

  it('answers 401 problem+json for a wrong password and for an unknown email alike', async () => {
    const email = uniqueEmail('wrong');
    await new Agent(app).signUp(email, PASSWORD, 'Wrong Wendy');
    const wrong = await new Agent(app, '10.1.0.1').post('/api/v1/auth/sign-in', {
      email,
      password: 'not it at all',
    });
    const unknown = await new Agent(app, '10.1.0.1').post('/api/v1/auth/sign-in', {
      email: uniqueEmail('nobody'),
      password: PASSWORD,
    });
    const a = expectProblem(wrong, 401);
    const b = expectProblem(unknown, 401);
    expect(a.detail).toBe(b.detail);
    expect(wrong.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses state-changing requests without the CSRF token, or with a wrong one (403)', async () => {
    const agent = new Agent(app);
    const session = await agent.signUp(uniqueEmail('csrf'), PASSWORD, 'Careful Carl');
    const workspaceId = session.memberships[0].workspaceId;
    const url = `/api/v1/workspaces/${workspaceId}/projects`;
    const missing = await agent.request({ method: 'POST', url, json: { name: 'No token' }, csrf: false });
    expectProblem(missing, 403);
    const forged = await agent.request({
      method: 'POST',
      url,
      json: { name: 'Forged token' },
      csrf: false,
      headers: { [CSRF_HEADER]: 'x'.repeat(43) },
    });
    expectProblem(forged, 403);
    const signOut = await agent.request({ method: 'POST', url: '/api/v1/auth/sign-out', csrf: false });
    expectProblem(signOut, 403);
    // nothing was created by the refused requests
    const list = await agent.get(url);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
  });

  it('refuses a cross-origin sign-in (403)', async () => {
    const email = uniqueEmail('origin');
    await new Agent(app).signUp(email, PASSWORD, 'Origin Olga');
    const response = await new Agent(app, '10.1.0.2').request({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      json: { email, password: PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expectProblem(response, 403);
    expect(response.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  });
});
