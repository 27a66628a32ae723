import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { SessionCache } from './session-cache';

const actor = (hash: string, expiresAt = '2100-01-01T00:00:00.000Z'): Actor => ({
  userId: `user-${hash}`,
  sessionTokenHash: hash,
  csrfToken: 'csrf',
  expiresAt,
});

describe('SessionCache', () => {
  it('serves a session until its time to live runs out', () => {
    let now = 1_000;
    const cache = new SessionCache(5_000, 10, () => now);
    cache.put(actor('a'));
    now += 4_999;
    expect(cache.get('a')?.userId).toBe('user-a');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('never serves a session past its expiry', () => {
    let now = Date.parse('2030-01-01T00:00:00.000Z');
    const cache = new SessionCache(60_000, 10, () => now);
    cache.put(actor('a', '2030-01-01T00:00:01.000Z'));
    expect(cache.get('a')).toBeDefined();
    now += 1_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets a session at once (sign-out)', () => {
    const cache = new SessionCache();
    cache.put(actor('a'));
    cache.forget('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the oldest lookup beyond its capacity', () => {
    const cache = new SessionCache(5_000, 2);
    cache.put(actor('a'));
    cache.put(actor('b'));
    cache.put(actor('c'));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });
});
