import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/create-database';
import { migrateToLatest } from '../db/migrate';
import { LoginThrottle } from './login-throttle.service';

const WINDOW = 15 * 60_000;

describe('LoginThrottle', () => {
  let handle: DatabaseHandle;
  let throttle: LoginThrottle;
  const t0 = Date.UTC(2026, 0, 1, 12);

  beforeEach(async () => {
    handle = createDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(handle.db);
    throttle = new LoginThrottle(handle.db, { maxFailures: 3, windowMs: WINDOW });
  });

  afterEach(async () => {
    await handle.close();
  });

  it('allows sign-in below the limit', async () => {
    await throttle.recordFailure('a@x.test', '10.0.0.1', t0);
    await throttle.recordFailure('a@x.test', '10.0.0.1', t0 + 1000);
    expect(await throttle.retryAfterSeconds('a@x.test', '10.0.0.1', t0 + 2000)).toBe(0);
  });

  it('blocks the email at the limit until the oldest failure leaves the window', async () => {
    for (const dt of [0, 60_000, 120_000]) await throttle.recordFailure('a@x.test', `10.0.0.${dt}`, t0 + dt);
    expect(await throttle.retryAfterSeconds('a@x.test', '10.9.9.9', t0 + 180_000)).toBe(
      (WINDOW - 180_000) / 1000,
    );
    expect(await throttle.retryAfterSeconds('a@x.test', '10.9.9.9', t0 + WINDOW + 1)).toBe(0);
  });

  it('blocks an IP that fails across many emails', async () => {
    for (const n of [1, 2, 3]) await throttle.recordFailure(`user${n}@x.test`, '10.0.0.7', t0 + n);
    expect(await throttle.retryAfterSeconds('fresh@x.test', '10.0.0.7', t0 + 10)).toBeGreaterThan(0);
    expect(await throttle.retryAfterSeconds('fresh@x.test', '10.0.0.8', t0 + 10)).toBe(0);
  });

  it('forgets an email’s failures after a successful sign-in', async () => {
    for (const n of [1, 2, 3]) await throttle.recordFailure('a@x.test', `10.0.1.${n}`, t0 + n);
    await throttle.recordSuccess(handle.db, 'a@x.test');
    expect(await throttle.retryAfterSeconds('a@x.test', '10.0.2.1', t0 + 10)).toBe(0);
  });
});
