import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn, submitSignIn } from './browser';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');
const DEMO_PROJECT = 'Aurora 2.0 launch';

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
  // A fresh context per test: no cookies, no storage, as a new visitor.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** Opens the demo project from the workspace overview and answers the task count it shows. */
async function openDemoProject(): Promise<number> {
  await page.getByRole('link', { name: DEMO_PROJECT }).first().click();
  await page.waitForURL(/\/w\/[0-9a-f-]{36}\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: DEMO_PROJECT }).waitFor();
  const countText = await page.getByTestId('task-count').textContent();
  const match = /^([\d,]+) tasks?$/.exec(countText?.trim() ?? '');
  if (!match) throw new Error(`the project header shows no task count: "${countText}"`);
  return Number(match[1].replace(/,/g, ''));
}

describe('signing in', () => {
  it('signs in as the demo owner, sees the workspace and the demo project with its 80+ tasks', async () => {
    await page.goto(baseUrl);
    await page.waitForURL(/\/sign-in/);
    await submitSignIn(page, DEMO_EMAIL, password);

    await page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
    const sidebar = page.getByRole('navigation', { name: 'Workspace' });
    await sidebar.getByRole('link', { name: 'Overview' }).waitFor();
    await sidebar.getByRole('link', { name: 'Projects' }).waitFor();
    await page.getByRole('button', { name: /^Account menu for / }).waitFor();
    await page.getByRole('link', { name: DEMO_PROJECT }).first().waitFor();

    const taskCount = await openDemoProject();
    expect(taskCount).toBeGreaterThanOrEqual(80);

    const sheet = page.getByRole('grid', { name: 'Task sheet' });
    await sheet.getByRole('row').nth(1).waitFor();
    // header + one row per task + the blank row that adds a task
    expect(await sheet.getAttribute('aria-rowcount')).toBe(String(taskCount + 2));
    // Virtualised: only the rows in view (plus a margin) are in the page, not all of them.
    const rendered = await sheet.getByRole('row').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(taskCount);
    // A milestone shows with its marker.
    await sheet.getByRole('img', { name: 'Milestone' }).first().waitFor();

    // Scrolling the Gantt to the end brings the last task into the page.
    // as a user does: wheel down over the Gantt until the end
    // over the sheet's first columns: the pane clips the grid, whose centre lies under the timeline
    await sheet.hover({ position: { x: 60, y: 60 } });
    for (let step = 0; step < 20; step++) await page.mouse.wheel(0, 400);
    const lastRow = sheet.locator(`tr[aria-rowindex="${taskCount + 1}"]`);
    await lastRow.waitFor();
    expect(await lastRow.isVisible()).toBe(true);
    expect(await sheet.locator('tr[aria-rowindex="2"]').count()).toBe(0);
  });

  it('shows an error and stays on the sign-in page after a wrong password', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await submitSignIn(page, DEMO_EMAIL, `${password}-wrong`);

    const alert = page.getByRole('alert').filter({ hasText: 'Wrong email or password' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
  });

  it('sends a signed-out visit to a project to sign-in, then back to the project', async () => {
    await signIn(page, baseUrl, DEMO_EMAIL, password);
    await openDemoProject();
    const projectUrl = page.url();

    const stranger = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const strangerPage = await stranger.newPage();
      await strangerPage.goto(projectUrl);
      await strangerPage.waitForURL(/\/sign-in\?redirect=/);
      expect(await strangerPage.getByRole('table').count()).toBe(0);

      await submitSignIn(strangerPage, DEMO_EMAIL, password);
      await strangerPage.waitForURL(projectUrl);
      await strangerPage.getByRole('heading', { level: 1, name: DEMO_PROJECT }).waitFor();
    } finally {
      await stranger.close();
    }
  });

  it('sends the user to sign-in when the session ends mid-visit, keeping the page to return to', async () => {
    await signIn(page, baseUrl, DEMO_EMAIL, password);
    await page.getByRole('list', { name: 'Members' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The session cookie disappears (signed out elsewhere, expired): the next request answers 401.
    await context.clearCookies();
    // Opening a project asks the server for it (the overview had not loaded it yet).
    await page.getByRole('link', { name: DEMO_PROJECT }).first().click();
    await page.waitForURL(/\/sign-in\?redirect=/);
    const redirect = new URL(page.url()).searchParams.get('redirect');
    expect(redirect).toMatch(/^\/w\/[0-9a-f-]{36}\/projects\/[0-9a-f-]{36}$/);

    await submitSignIn(page, DEMO_EMAIL, password);
    await page.waitForURL(`${baseUrl}${redirect}`);
    await page.getByRole('heading', { level: 1, name: DEMO_PROJECT }).waitFor();
  });

  it('creates an account on the sign-up page and opens its own workspace', async () => {
    const email = `e2e-${Date.now().toString(36)}@example.com`;
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(/\/sign-up/);
    await page.getByLabel('Name').fill('Grace Hopper');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 8 characters').waitFor();

    await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Account menu for Grace Hopper' }).click();
    await page.getByRole('menu').getByText(email).waitFor();
    // A new account sees its own workspace, not the demo's projects.
    expect(await page.getByRole('link', { name: DEMO_PROJECT }).count()).toBe(0);
  });
});
