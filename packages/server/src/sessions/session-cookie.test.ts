import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';

async function signUpCookie(trustProxy: boolean, headers: Record<string, string>): Promise<string> {
  const app = await buildApp({
    database: { kind: 'sqlite', file: ':memory:' },
    logger: false,
    rateLimit: false,
    trustProxy,
  });
  try {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      headers,
      payload: { email: 'cookie@example.test', password: 'a long password', name: 'Cookie' },
    });
    expect(response.statusCode).toBe(201);
    return String(response.headers['set-cookie']);
  } finally {
    await app.close();
  }
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, path / and not Secure over plain HTTP', async () => {
    const cookie = await signUpCookie(false, {});
    expect(cookie).toMatch(/^tandem_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('is Secure when a trusted proxy says the request came over TLS', async () => {
    expect(await signUpCookie(true, { 'x-forwarded-proto': 'https' })).toContain('Secure');
  });

  it('ignores X-Forwarded-Proto from an untrusted client', async () => {
    expect(await signUpCookie(false, { 'x-forwarded-proto': 'https' })).not.toContain('Secure');
  });
});
