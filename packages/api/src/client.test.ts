import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { createClient } from './client';
import type { FetchLike, FetchRequestInit, FetchResponseLike } from './fetch-like';

interface Recorded {
  url: string;
  init: FetchRequestInit;
}

function fakeFetch(answers: FetchResponseLike[]): { fetch: FetchLike; calls: Recorded[] } {
  const calls: Recorded[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next;
  };
  return { fetch: fetchFn, calls };
}

/** A response as fetch would give it. */
function answer(status: number, text: string, statusText = ''): FetchResponseLike {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    json: async () => JSON.parse(text),
    text: async () => text,
  };
}

const session = {
  user: {
    id: '0193e3b0-7c2a-7d4e-9a10-0123456789ab',
    email: 'a@b.c',
    name: 'A',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  csrfToken: 'csrf-123',
  expiresAt: '2026-02-01T00:00:00.000Z',
  memberships: [],
};

function json(body: unknown, status = 200): FetchResponseLike {
  return answer(status, JSON.stringify(body));
}

describe('createClient', () => {
  it('remembers the CSRF token from sign-in and sends it on state-changing requests only', async () => {
    const { fetch, calls } = fakeFetch([json(session), json({ items: [] }), answer(204, '')]);
    const client = createClient({ baseUrl: 'http://x/', fetch });
    await client.signIn({ body: { email: 'A@B.C', password: 'secret-pass' } });
    expect(client.csrfToken).toBe('csrf-123');
    await client.listWorkspaces();
    await client.signOut();
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'POST http://x/api/v1/auth/sign-in',
      'GET http://x/api/v1/workspaces',
      'POST http://x/api/v1/auth/sign-out',
    ]);
    expect(calls.every((c) => c.init.credentials === 'include')).toBe(true);
    const headers = calls.map((c) => c.init.headers['x-csrf-token']);
    expect(headers).toEqual([undefined, undefined, 'csrf-123']);
    expect(client.csrfToken).toBeNull();
  });

  it('fills path parameters and encodes them', async () => {
    const { fetch, calls } = fakeFetch([json({ items: [] })]);
    const client = createClient({ baseUrl: '', fetch });
    await client.listTasks({ params: { projectId: '0193e3b0-7c2a-7d4e-9a10-0123456789ab' } });
    expect(calls[0].url).toBe('/api/v1/projects/0193e3b0-7c2a-7d4e-9a10-0123456789ab/tasks');
  });

  it('throws ApiError carrying the problem and its field errors', async () => {
    const problem = {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'body.name: must not be empty',
      errors: [{ field: 'body.name', message: 'must not be empty' }],
    };
    const { fetch } = fakeFetch([json(problem, 400)]);
    const client = createClient({ baseUrl: '', fetch });
    const error = await client
      .createWorkspace({ body: { name: 'x' } })
      .then(() => null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).messageFor('name')).toBe('must not be empty');
  });

  it('turns a non-problem failure into an ApiError with the status', async () => {
    const { fetch } = fakeFetch([answer(502, 'gateway down', 'Bad Gateway')]);
    const client = createClient({ baseUrl: '', fetch });
    await expect(client.health()).rejects.toMatchObject({ status: 502, name: 'ApiError' });
  });

  it('rejects an answer that breaks the contract', async () => {
    const { fetch } = fakeFetch([json({ status: 'ok', database: 'mysql', version: '1' })]);
    const client = createClient({ baseUrl: '', fetch });
    await expect(client.health()).rejects.toThrow(/database/);
  });
});
