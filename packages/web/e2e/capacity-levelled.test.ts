import type { Session, TaskWriteResult } from '@tandem/api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { formatDate } from '../src/lib/format';
import { launchBrowser } from './browser';

const baseUrl = inject('tandemBaseUrl');
const suffix = Date.now().toString(36);
const FIRST = `Bank sync ${suffix}`;
const SECOND = `Card sync ${suffix}`;
const PERSON = `Ada ${suffix}`;
const DAY = 480;

/** `YYYY-MM-DD` of the day `days` after the next Monday (the check counts from today). */
function afterNextMonday(days: number): string {
  const today = new Date();
  // Sunday (0) → 1 day ahead, Monday → 7, Saturday → 2
  const ahead = (8 - today.getUTCDay()) % 7 || 7;
  const monday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + ahead);
  return new Date(monday + days * 86_400_000).toISOString().slice(0, 10);
}
const START = afterNextMonday(0);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspaceId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 950 } });
  page = await context.newPage();
  // a workspace of its own: the default backlog is exactly the two features made here
  const signUp = await page.request.post(`${baseUrl}/api/v1/auth/sign-up`, {
    data: {
      email: `capacity-${suffix}@example.com`,
      password: 'capacity levelled e2e password',
      name: 'Cap',
    },
  });
  expect(signUp.status()).toBe(201);
  const session = (await signUp.json()) as Session;
  workspaceId = session.memberships[0].workspaceId;
  const headers = { 'x-csrf-token': session.csrfToken };
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(`${baseUrl}${path}`, { headers, data });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  };
  const project = (await post(`/api/v1/workspaces/${workspaceId}/projects`, {
    name: `Sync ${suffix}`,
    start: `${START}T08:00:00`,
  })) as { id: string };
  const created = await post(`/api/v1/workspaces/${workspaceId}/resources`, { name: PERSON });
  const personId = (created.resource ?? created).id as string;
  // two 5-day tasks side by side from next Monday, one person on both: levelled, the less
  // important one finishes on Friday of the week after instead of that Friday
  for (const [title, name, priority] of [
    [FIRST, 'Bank', 700],
    [SECOND, 'Card', 300],
  ] as const) {
    const task = (await post(`/api/v1/projects/${project.id}/tasks`, {
      name,
      duration: 5 * DAY,
      priority,
    })) as TaskWriteResult;
    await post(`/api/v1/projects/${project.id}/assignments`, { taskId: task.task.id, resourceId: personId });
    await post(`/api/v1/workspaces/${workspaceId}/features`, {
      title,
      kind: 'feature',
      links: [{ projectId: project.id, taskId: task.task.id }],
    });
  }
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('capacity check on the roadmap', () => {
  it('shows the levelled date of linked work and cuts what the person cannot finish in time', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/roadmap`);
    await page.getByRole('tab', { name: 'Capacity' }).click();
    // Tuesday of the second week: day 7
    await page.getByLabel('Ships by').fill(afterNextMonday(8));
    await page.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: PERSON }).click();
    await page.getByRole('button', { name: 'Check' }).click();
    const table = page.getByRole('table', { name: 'What ships by the date' });
    await table.waitFor();
    const row = (title: string) => table.getByRole('row').filter({ hasText: title });
    expect(await row(FIRST).textContent()).toContain(formatDate(`${afterNextMonday(4)}T17:00:00`));
    expect(await row(FIRST).textContent()).toContain('Scheduled in time');
    expect(await row(SECOND).textContent()).toContain(formatDate(`${afterNextMonday(11)}T17:00:00`));
    expect(await row(SECOND).textContent()).toContain('Scheduled late');
    for (const title of [FIRST, SECOND]) expect(await row(title).getByText('levelled').count()).toBe(1);
    await page.getByTestId('cut-line').waitFor();
  });
});
