import type { Page } from 'playwright-core';

/**
 * Calls the API from inside `page`, with its session cookie and CSRF token, as the web app does;
 * throws naming the route and the answer when the status is not `status`.
 */
export async function pageApi<T>(
  page: Page,
  method: string,
  path: string,
  body: unknown,
  status: number,
): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body },
  );
  if (answer.status !== status) {
    throw new Error(
      `${method} ${path} answered ${answer.status}, expected ${status}: ${JSON.stringify(answer.body)}`,
    );
  }
  return answer.body as T;
}

/** The workspace id of the page's URL (`/w/<id>…`); throws when the page is elsewhere. */
export function workspaceIdOf(page: Page): string {
  const match = /\/w\/([0-9a-f-]{36})/.exec(page.url());
  if (!match) throw new Error(`no workspace id in ${page.url()}`);
  return match[1];
}

/** The CSRF header the API wants on writes, for `page.request` calls in the page's session. */
export async function csrfHeaders(page: Page, baseUrl: string): Promise<Record<string, string>> {
  const session = await page.request.get(`${baseUrl}/api/v1/auth/session`);
  return { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
}
