import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';

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
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
});
afterEach(async () => {
  await context?.close();
});

async function addTask(name: string, duration: string): Promise<void> {
  await page.getByRole('button', { name: 'Add task' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add task' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Duration').fill(duration);
  await dialog.getByRole('button', { name: 'Add task' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('planning in the browser', () => {
  it('creates a project from the project list and adds tasks to it, also after a reload', async () => {
    const name = `Partner portal ${Date.now().toString(36)}`;
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();

    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    // An empty name is refused in the form, before any request.
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.getByText('Give the project a name').waitFor();
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create project' }).click();

    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // An empty project shows the task sheet with its blank row, where tasks can be typed.
    await page.getByText('Type a name to add a task').waitFor();
    expect(await page.getByTestId('task-count').textContent()).toBe('0 tasks');

    await addTask('Kick-off workshop', '2d');
    const table = page.getByRole('grid', { name: 'Task sheet' });
    const firstRow = table.locator('tr[aria-rowindex="2"]');
    await firstRow.getByText('Kick-off workshop').waitFor();
    expect(await firstRow.locator('td[data-column="3"]').textContent()).toBe('2d');
    await page.getByTestId('task-count').getByText('1 task').waitFor();

    // After a reload the client gets its CSRF token from the session again: writes still work.
    await page.reload();
    await table.locator('tr[aria-rowindex="2"]').waitFor();
    await addTask('Go-live', '0d');
    const milestoneRow = table.locator('tr[aria-rowindex="3"]');
    await milestoneRow.getByText('Go-live').waitFor();
    expect(await milestoneRow.getByRole('img', { name: 'Milestone' }).count()).toBe(1);
    expect(await milestoneRow.locator('td[data-column="3"]').textContent()).toBe('0d');
    await page.getByTestId('task-count').getByText('2 tasks').waitFor();

    // The new project is listed with its task count.
    await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.getByRole('cell').last().textContent()).toBe('2');
  });

  it('keeps the chosen colour scheme across a reload', async () => {
    const html = page.locator('html');
    const before = await html.getAttribute('data-mantine-color-scheme');
    const target = before === 'dark' ? 'light' : 'dark';
    await page.getByRole('button', { name: `Switch to ${target} mode` }).click();
    expect(await html.getAttribute('data-mantine-color-scheme')).toBe(target);
    await page.reload();
    await page.getByRole('button', { name: /^Account menu for / }).waitFor();
    expect(await html.getAttribute('data-mantine-color-scheme')).toBe(target);
  });

  it('opens a project from the command palette', async () => {
    await page.keyboard.press('Control+k');
    const search = page.getByRole('textbox', { name: 'Search pages and projects' });
    await search.fill('aurora');
    await page.getByRole('button', { name: /Aurora 2\.0 launch/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aurora 2.0 launch' }).waitFor();
  });

  it('collapses a summary task to hide its subtasks, and expands it again', async () => {
    await page.getByRole('link', { name: 'Aurora 2.0 launch' }).first().click();
    const table = page.getByRole('grid', { name: 'Task sheet' });
    await table.locator('tr[aria-rowindex="2"]').waitFor();
    const allRows = Number(await table.getAttribute('aria-rowcount'));

    const firstSummary = table.locator('tr[aria-rowindex="2"]');
    const toggle = firstSummary.getByRole('button', { name: /^Collapse / });
    await toggle.click();
    const collapsedRows = Number(await table.getAttribute('aria-rowcount'));
    expect(collapsedRows).toBeLessThan(allRows);
    expect(await firstSummary.getByRole('button', { name: /^Expand / }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    // The row after the collapsed summary is the task after its subtasks: its ID skips them.
    const hidden = allRows - collapsedRows;
    expect(await table.locator('tr[aria-rowindex="3"] td').first().textContent()).toBe(String(hidden + 2));

    await firstSummary.getByRole('button', { name: /^Expand / }).click();
    expect(Number(await table.getAttribute('aria-rowcount'))).toBe(allRows);
  });
});
