import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { formatIndex, formatMoney } from '../src/features/controls/money';
import { addDays, mondayOf } from '../src/features/timesheets/week-grid';
import { formatTaskDate } from '../src/lib/format';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';
import { pageApi, workspaceIdOf } from './page-api';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');

const DAY = 480;

interface TaskBody {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly percentComplete: number;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspaceId: string;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
  workspaceId = workspaceIdOf(page);
});
afterEach(async () => {
  await context?.close();
});

function api<T>(method: string, path: string, body: unknown, status: number): Promise<T> {
  return pageApi<T>(page, method, path, body, status);
}

/**
 * A project started on the Monday of last week (so every day of that week is in the past): Build
 * (5 days) → Integration test (3 days) → Go-live (milestone), with Ann at 100.00 an hour on the
 * two tasks, and baseline 0 saved.
 */
async function createControlledProject() {
  const lastMonday = addDays(mondayOf(new Date().toISOString().slice(0, 10)), -7);
  const project = await api<{ id: string; currency: string }>(
    'POST',
    `/api/v1/workspaces/${workspaceId}/projects`,
    { name: `Controls ${Date.now().toString(36)}`, start: `${lastMonday}T08:00:00` },
    201,
  );
  const tasks: TaskBody[] = [];
  for (const [name, duration] of [
    ['Build', 5 * DAY],
    ['Integration test', 3 * DAY],
    ['Go-live', 0],
  ] as const) {
    const { task } = await api<{ task: TaskBody }>(
      'POST',
      `/api/v1/projects/${project.id}/tasks`,
      { name, duration, milestone: duration === 0 },
      201,
    );
    tasks.push(task);
  }
  for (let i = 1; i < tasks.length; i++) {
    await api(
      'POST',
      `/api/v1/projects/${project.id}/links`,
      { predecessorId: tasks[i - 1].id, successorId: tasks[i].id, type: 'FS', lag: 0 },
      201,
    );
  }
  const created = await api<{ id?: string; resource?: { id: string } }>(
    'POST',
    `/api/v1/workspaces/${workspaceId}/resources`,
    { name: `Ann ${Date.now().toString(36)}`, standardRate: { amountMinor: 10_000, per: 'h' } },
    201,
  );
  const resourceId = created.resource?.id ?? created.id;
  for (const task of tasks.slice(0, 2)) {
    await api('POST', `/api/v1/projects/${project.id}/assignments`, { taskId: task.id, resourceId }, 201);
  }
  await api('POST', `/api/v1/projects/${project.id}/baselines`, { number: 0 }, 200);
  return { projectId: project.id, currency: project.currency, tasks };
}

async function openView(projectId: string, view: string): Promise<void> {
  await page.goto(`${baseUrl}/w/${workspaceId}/projects/${projectId}?view=${view}`);
}

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Waits until the element with `testId` reads `text`, and fails naming what it read instead. */
async function expectText(testId: string, text: string): Promise<void> {
  const element = page.getByTestId(testId);
  await element.waitFor();
  await page
    .waitForFunction(
      ({ testId, text }) => document.querySelector(`[data-testid="${testId}"]`)?.textContent === text,
      { testId, text },
      { timeout: 15_000 },
    )
    .catch(async () => {
      throw new Error(`${testId} reads "${await element.textContent()}", expected "${text}"`);
    });
}

describe('controls in the browser (issue #6)', () => {
  it('enters time with the keyboard, approves it, and sees AC and EV move on the dashboard', async () => {
    const { projectId, currency, tasks } = await createControlledProject();
    await openView(projectId, 'dashboard');
    await expectText('dash-ac', formatMoney(0, currency));
    await expectText('dash-ev', formatMoney(0, currency));

    await openTab('Timesheet');
    await page.getByRole('button', { name: 'Previous week' }).click();
    const grid = page.getByRole('grid', { name: 'Timesheet week' });
    const cell = (row: number, col: number) => grid.locator(`[data-row="${row}"][data-col="${col}"]`);
    await cell(0, 0).click();
    // Monday 8 h on Build, Enter commits and moves down; up and right to Tuesday, 7.5 h, Tab commits
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('7.5');
    await page.keyboard.press('Tab');
    await grid.locator('[data-row="0"][data-col="0"][data-status="draft"]').waitFor();
    await grid.locator('[data-row="0"][data-col="1"][data-status="draft"]').waitFor();
    expect(await cell(0, 0).textContent()).toBe('8');
    expect(await cell(0, 1).textContent()).toBe('7.5');
    // Tab moved on to Wednesday: it is the active cell
    expect(await cell(0, 2).getAttribute('tabindex')).toBe('0');
    // Bad hours are refused with the reason, and nothing is saved
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('"99" is more than the 24 hours of a day').waitFor();
    expect(await cell(0, 2).getAttribute('data-status')).toBe('empty');

    await page.getByRole('button', { name: 'Submit week' }).click();
    await grid.locator('[data-row="0"][data-col="1"][data-status="submitted"]').waitFor();
    const approvals = page.getByRole('region', { name: 'Time to approve' });
    expect(await approvals.getByRole('table', { name: 'Submitted time' }).getByRole('row').count()).toBe(2);
    await approvals.getByRole('button', { name: 'Approve all' }).click();
    await grid.locator('[data-row="0"][data-col="0"][data-status="approved"]').waitFor();
    await grid.locator('[data-row="0"][data-col="1"][data-status="approved"]').waitFor();

    // Progress is reported with the time: Build 40 % done; EV = 40 % of its 5 days × 8 h × 100.00
    const progress = page.getByLabel('% complete of Build');
    await progress.fill('40');
    await progress.press('Enter');
    await page.waitForFunction(
      async (taskId) =>
        ((await (await fetch(`/api/v1/tasks/${taskId}`)).json()) as TaskBody).percentComplete === 40,
      tasks[0].id,
      { timeout: 15_000 },
    );

    await openTab('Dashboard');
    // AC: 15.5 approved hours × 100.00
    await expectText('dash-ac', formatMoney(155_000, currency));
    await expectText('dash-ev', formatMoney(160_000, currency));
    // the to-complete schedule index the server computes is the one shown
    const measured = await api<{ earnedSchedule: { tspi: number | null } | null }>(
      'GET',
      `/api/v1/projects/${projectId}/earned-value`,
      undefined,
      200,
    );
    expect(measured.earnedSchedule).not.toBeNull();
    await expectText('dash-tspi', formatIndex(measured.earnedSchedule?.tspi ?? null));
    await page.getByTestId('ev-s-curve').locator('svg').waitFor();
  });

  it('adds a risk on a critical task in the register, and the simulated P80 finish moves later', async () => {
    const { projectId } = await createControlledProject();
    await openView(projectId, 'risks');
    const simulation = page.getByRole('region', { name: 'Schedule risk simulation' });
    await simulation.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByTestId('sim-meta').getByText('0 risk events').waitFor();
    const before = await api<{ finish: { p80: string } }>(
      'GET',
      `/api/v1/projects/${projectId}/simulations/latest`,
      undefined,
      200,
    );
    await expectText('sim-p80', formatTaskDate(before.finish.p80));

    await page.getByRole('button', { name: 'Add risk' }).click();
    const dialog = page.getByRole('dialog');
    // A missing title is caught before sending; an over-long category is the server's objection,
    // shown on its field
    await dialog.getByRole('button', { name: 'Add risk' }).click();
    await dialog.getByText('Give the risk a title').waitFor();
    await dialog.getByLabel('Title', { exact: true }).fill('Test rig arrives late');
    await dialog.getByLabel('Category', { exact: true }).fill('x'.repeat(101));
    await dialog.getByRole('button', { name: 'Add risk' }).click();
    await dialog.getByText('Category must be at most 100 characters').waitFor();
    await dialog.getByLabel('Category', { exact: true }).fill('Supply');
    await dialog.getByLabel('Probability %', { exact: true }).fill('100');
    await dialog.getByLabel('Delay if it occurs', { exact: true }).fill('5');
    await dialog.getByLabel('Linked tasks', { exact: true }).click();
    await page.keyboard.type('Integration');
    await page.getByRole('option', { name: /Integration test/ }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Add risk' }).click();
    const register = page.getByRole('table', { name: 'Risk register' });
    const row = register.getByRole('row').filter({ hasText: 'Test rig arrives late' });
    await row.waitFor();
    expect(await row.locator('[data-column="tasks"]').textContent()).toBe('Integration test');
    // score 3 × 3 = 9: medium, said in words as well as colour
    expect(await row.locator('[data-column="score"]').textContent()).toBe('9 Medium');
    await page.getByTestId('matrix-cell-3-3').getByText('1').waitFor();

    await simulation.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByTestId('sim-meta').getByText('1 risk event').waitFor();
    const after = await api<{ finish: { p80: string } }>(
      'GET',
      `/api/v1/projects/${projectId}/simulations/latest`,
      undefined,
      200,
    );
    expect(after.finish.p80 > before.finish.p80).toBe(true);
    await expectText('sim-p80', formatTaskDate(after.finish.p80));
    expect(formatTaskDate(after.finish.p80)).not.toBe(formatTaskDate(before.finish.p80));
    // the dashboard's schedule health shows the new P80 against the baseline finish
    await openTab('Dashboard');
    await expectText('dash-p80', formatTaskDate(after.finish.p80));
  });

  it('refuses to complete a gated milestone whose criteria are not met, saying why', async () => {
    const { projectId, tasks } = await createControlledProject();
    await openView(projectId, 'quality');
    const panel = page.getByRole('region', { name: 'Quality of Go-live' });
    await panel.getByLabel('New criterion').fill('Acceptance tests passed');
    await panel.getByRole('button', { name: 'Add criterion' }).click();
    await panel.getByRole('checkbox', { name: 'Acceptance tests passed' }).waitFor();
    await panel.getByRole('combobox', { name: 'Approver', exact: true }).click();
    await page.getByRole('option').first().click();
    await panel.getByRole('button', { name: 'Add gate' }).click();
    await panel.getByText('Waiting for').waitFor();

    await panel.getByRole('button', { name: 'Mark complete' }).click();
    const refusal = panel.getByTestId('completion-refused');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'Go-live cannot be completed: 1 of 1 acceptance criteria not met: "Acceptance tests passed"; the approver has not signed the gate off.',
    );
    const goLive = await api<TaskBody>('GET', `/api/v1/tasks/${tasks[2].id}`, undefined, 200);
    expect(goLive.percentComplete).toBe(0);
  });
});
