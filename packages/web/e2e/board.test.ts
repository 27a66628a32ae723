import type { Task } from '@tandem/api';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';
import { csrfHeaders, workspaceIdOf } from './page-api';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
});
afterEach(async () => {
  await context?.close();
});

/** A project with three one-day tasks, made through the API as the signed-in page. */
async function createPlan(): Promise<{ projectId: string; workspaceId: string }> {
  const workspaceId = workspaceIdOf(page);
  const headers = await csrfHeaders(page, baseUrl);
  const project = await page.request.post(`${baseUrl}/api/v1/workspaces/${workspaceId}/projects`, {
    headers,
    data: { name: `Board ${Date.now().toString(36)}`, start: '2026-03-02T08:00:00' },
  });
  expect(project.status()).toBe(201);
  const { id: projectId } = (await project.json()) as { id: string };
  for (const [name, percentComplete] of [
    ['Write spec', 0],
    ['Build API', 40],
    ['Kick-off', 100],
  ] as const) {
    const created = await page.request.post(`${baseUrl}/api/v1/projects/${projectId}/tasks`, {
      headers,
      data: { name, duration: 480, percentComplete },
    });
    expect(created.status()).toBe(201);
  }
  return { projectId, workspaceId };
}

function column(title: string): Locator {
  return page.getByRole('region', { name: title });
}

async function percentOf(projectId: string, name: string): Promise<number | undefined> {
  const response = await page.request.get(`${baseUrl}/api/v1/projects/${projectId}/tasks`);
  const { items } = (await response.json()) as { items: Task[] };
  return items.find((task) => task.name === name)?.percentComplete;
}

describe('the board', () => {
  it('sorts tasks by status and moves a dragged card through the API', async () => {
    const { projectId, workspaceId } = await createPlan();
    await page.goto(`${baseUrl}/w/${workspaceId}/projects/${projectId}?view=board`);
    await column('Not started').getByText('Write spec').waitFor();
    await column('In progress').getByText('Build API').waitFor();
    await column('Complete').getByText('Kick-off').waitFor();

    const card = column('Not started').getByLabel(/^Write spec, 0% complete$/);
    const from = await card.boundingBox();
    const to = await column('Complete').boundingBox();
    if (!from || !to) throw new Error('the card or the column is not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();

    await column('Complete').getByText('Write spec').waitFor();
    await expect.poll(() => percentOf(projectId, 'Write spec')).toBe(100);
    expect(await column('Not started').getByText('Write spec').count()).toBe(0);
  });

  it('moves a card with its keyboard menu', async () => {
    const { projectId, workspaceId } = await createPlan();
    await page.goto(`${baseUrl}/w/${workspaceId}/projects/${projectId}?view=board`);
    const move = column('Complete').getByRole('button', { name: 'Move Kick-off' });
    await move.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'In progress' }).click();
    await column('In progress').getByText('Kick-off').waitFor();
    await expect.poll(() => percentOf(projectId, 'Kick-off')).toBe(50);
  });
});
