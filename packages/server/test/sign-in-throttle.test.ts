import { SESSION_COOKIE } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'correct horse battery';

describeEachDatabase('sign-in throttle', (database) => {
  // long enough that 20 argon2 checks on a busy machine fit in it, short enough to wait out
  const WINDOW_MS = 5_000;
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await startTestApp(database.config, { loginThrottle: { maxFailures: 20, windowMs: WINDOW_MS } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 429 with Retry-After after 20 wrong passwords, refuses the right one until the window passes', async () => {
    const email = uniqueEmail('brute');
    await new Agent(app).signUp(email, PASSWORD, 'Brute Force Target');
    const attacker = new Agent(app, '10.2.0.1');
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      const response = await attacker.post('/api/v1/auth/sign-in', {
        email,
        password: `guess number ${attempt}`,
      });
      statuses.push(response.statusCode);
      if (attempt < 20) expectProblem(response, 401);
      else {
        expectProblem(response, 429);
        expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(19);

    const right = await attacker.post('/api/v1/auth/sign-in', { email, password: PASSWORD });
    expectProblem(right, 429);
    const retryAfter = Number(right.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(WINDOW_MS / 1000));
    expect(right.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

    // the same account from another IP is refused too: the count is per email as well
    const elsewhere = await new Agent(app, '10.2.0.2').post('/api/v1/auth/sign-in', {
      email,
      password: PASSWORD,
    });
    expectProblem(elsewhere, 429);

    // Retry-After is honest: once it has passed, the right password works again
    const wait = Number(elsewhere.headers['retry-after']);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
    const later = await attacker.post('/api/v1/auth/sign-in', { email, password: PASSWORD });
    expect(later.statusCode, later.body).toBe(200);
  }, 60_000);
});
