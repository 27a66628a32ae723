import { CSRF_HEADER, type Session } from '@tandem/api';
import type { FastifyInstance } from 'fastify';

/** A signed-up user of a test app: the cookie, CSRF token and personal workspace. */
export interface TestSession {
  readonly userId: string;
  readonly cookie: string;
  readonly csrf: string;
  readonly workspaceId: string;
}

/** Signs a new user up through the API (tests of live updates). */
export async function signUpForTest(app: FastifyInstance, email: string): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: { email, password: 'live-updates-password', name: email.split('@')[0] },
  });
  if (response.statusCode !== 201)
    throw new Error(`sign-up of ${email} answered ${response.statusCode}: ${response.body}`);
  const session = response.json<Session>();
  return {
    userId: session.user.id,
    cookie: String(response.headers['set-cookie']).split(';')[0],
    csrf: session.csrfToken,
    workspaceId: session.memberships[0].workspaceId,
  };
}

/** Sends a JSON request as the user and returns the parsed body; throws on an unexpected status. */
export async function sendAs<T>(
  app: FastifyInstance,
  session: TestSession,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  expectedStatus = method === 'POST' ? 201 : 200,
): Promise<T> {
  const response = await app.inject({
    method,
    url,
    headers: {
      cookie: session.cookie,
      [CSRF_HEADER]: session.csrf,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
  });
  if (response.statusCode !== expectedStatus) {
    throw new Error(
      `${method} ${url} answered ${response.statusCode}, expected ${expectedStatus}: ${response.body}`,
    );
  }
  return (response.body ? response.json() : undefined) as T;
}
