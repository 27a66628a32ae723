import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { formatTaskDate } from '../src/lib/format';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';
import { pageApi, workspaceIdOf } from './page-api';
import { repoRoot } from './tandem-server';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');

const SAMPLE = join(
  repoRoot,
  '../shared/samples/mspdi/projectlibre-mpp2xml__Commercial_construction_project_plan.xml',
);
const sampleMissing = !existsSync(SAMPLE);
if (sampleMissing) console.log(`[web-e2e] ${SAMPLE} is absent: the MS Project import test is skipped`);

interface TaskBody {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly start: string;
  readonly finish: string;
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
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
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

/** A project starting Monday 2 March 2026 with the given tasks (working minutes), FS-linked in order when `chain`. */
async function createProject(prefix: string, tasks: readonly [string, number][], chain: boolean) {
  const project = await api<{ id: string }>(
    'POST',
    `/api/v1/workspaces/${workspaceId}/projects`,
    { name: `${prefix} ${Date.now().toString(36)}`, start: '2026-03-02T08:00:00' },
    201,
  );
  const created: TaskBody[] = [];
  for (const [name, duration] of tasks) {
    const { task } = await api<{ task: TaskBody }>(
      'POST',
      `/api/v1/projects/${project.id}/tasks`,
      { name, duration },
      201,
    );
    created.push(task);
  }
  if (chain) {
    for (let i = 1; i < created.length; i++) {
      await api(
        'POST',
        `/api/v1/projects/${project.id}/links`,
        { predecessorId: created[i - 1].id, successorId: created[i].id, type: 'FS', lag: 0 },
        201,
      );
    }
  }
  return { projectId: project.id, tasks: created };
}

async function openView(projectId: string, view: string): Promise<void> {
  await page.goto(`${baseUrl}/w/${workspaceId}/projects/${projectId}?view=${view}`);
}

/** Picks `option` in the Mantine Select labelled `label` by typing it and clicking it. */
async function choose(label: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: false }).first().click();
}

describe('baselines, resources and MS Project import in the browser', () => {
  it('sets a baseline, and after a task slips shows the variance and highlights the slipped tasks', async () => {
    const { projectId, tasks } = await createProject(
      'Baseline',
      [
        ['Dig foundations', 2400],
        ['Pour slab', 1440],
      ],
      true,
    );
    await openView(projectId, 'baseline');
    await page.getByText('Baseline is not set').waitFor();
    await page.getByRole('button', { name: 'Set baseline' }).first().click();

    const table = page.getByRole('table', { name: 'Tasks compared with Baseline' });
    const slab = table.locator(`tr[data-task-id="${tasks[1].id}"]`);
    await slab.waitFor();
    expect(await slab.getAttribute('data-slipped')).toBe('false');
    expect(await slab.locator('[data-column="finish-variance"]').textContent()).toBe('0d');

    // Slip the first task by two days: its successor moves with it.
    await api('PATCH', `/api/v1/tasks/${tasks[0].id}`, { version: tasks[0].version, duration: 3360 }, 200);
    await page.reload();
    await table.locator(`tr[data-task-id="${tasks[1].id}"][data-slipped="true"]`).waitFor();
    expect(await slab.locator('[data-column="finish-variance"]').textContent()).toBe('+2d');
    expect(await slab.locator('[data-column="start-variance"]').textContent()).toBe('+2d');
    expect(await slab.locator('[data-column="status"]').textContent()).toBe('Slipped');
    const dig = table.locator(`tr[data-task-id="${tasks[0].id}"]`);
    expect(await dig.locator('[data-column="duration-variance"]').textContent()).toBe('+2d');
    expect(await dig.locator('[data-column="start-variance"]').textContent()).toBe('0d');
    // The highlight is a tint and a word: the row says "Slipped", and its background differs.
    const tint = (row: typeof slab) => row.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await tint(slab)).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByTestId('baseline-summary').getByText('2 tasks slipped').waitFor();

    // The "Slipped" filter keeps only slipped tasks.
    await page
      .locator('label')
      .filter({ hasText: /^Slipped$/ })
      .click();
    expect(await table.locator('tbody tr').count()).toBe(2);
  });

  it('overallocates a resource on two parallel tasks, and levelling removes the overallocation', async () => {
    const { projectId } = await createProject(
      'Levelling',
      [
        ['Weld frame A', 1440],
        ['Weld frame B', 1440],
      ],
      false,
    );
    const welder = `Welder ${Date.now().toString(36)}`;
    await openView(projectId, 'resources');
    await page.getByLabel('New resource').fill(welder);
    await page.getByRole('button', { name: 'Add resource' }).click();
    const sheet = page.getByRole('table', { name: 'Resource sheet' });
    await sheet.getByRole('textbox', { name: `Name of ${welder}` }).waitFor();

    for (const task of ['Weld frame A', 'Weld frame B']) {
      await choose('Task', task);
      await choose('Resource', welder);
      await page.getByRole('button', { name: 'Assign' }).click();
      await page
        .getByRole('table', { name: 'Assignments' })
        .getByRole('row')
        .filter({ hasText: task })
        .waitFor();
    }

    await page.getByRole('tab', { name: 'Workload' }).click();
    const grid = page.getByRole('table', { name: 'Workload per resource per day' });
    const row = grid.getByRole('row').filter({ hasText: welder });
    await row.locator('td[data-overallocated="true"]').first().waitFor();
    // Said in words too, not by colour alone.
    const label = await row.locator('td[data-overallocated="true"]').first().getAttribute('aria-label');
    expect(label).toMatch(new RegExp(`^${welder}, .*: 16h of 8h, overallocated$`));
    await page
      .getByTestId('overallocation-summary')
      .getByText(/^\d+ overallocations?$/)
      .waitFor();

    await page.getByRole('button', { name: 'Level', exact: true }).click();
    await page.getByRole('button', { name: 'Level now' }).click();
    const report = page.getByRole('region', { name: 'Levelling report' });
    await report.getByText(/Levelling delayed 1 task/).waitFor();
    expect(
      await report.getByRole('table', { name: 'Tasks delayed by levelling' }).getByRole('row').count(),
    ).toBe(2);
    await report.getByText('No overallocation remains.').waitFor();

    await page.getByTestId('overallocation-summary').getByText('No overallocation').waitFor();
    expect(await row.locator('td[data-overallocated="true"]').count()).toBe(0);

    // Clearing the levelling brings the overallocation back.
    await page.getByRole('button', { name: 'Clear levelling' }).click();
    await row.locator('td[data-overallocated="true"]').first().waitFor();

    // Two welders' worth of capacity (200 %), typed in the resource sheet, also removes it.
    await page.getByRole('tab', { name: 'Resources' }).click();
    const maxUnits = sheet.getByRole('textbox', { name: `Max units of ${welder}` });
    await maxUnits.fill('200%');
    await maxUnits.press('Enter');
    await sheet.locator(`[value="200%"]`).waitFor();
    await page.getByRole('tab', { name: 'Workload' }).click();
    await page.getByTestId('overallocation-summary').getByText('No overallocation').waitFor();
    expect(await row.locator('td[data-overallocated="true"]').count()).toBe(0);
  }, 120_000);

  it('edits a calendar (a Saturday shift and a one-day exception) and the project reschedules on it', async () => {
    const { projectId, tasks } = await createProject('Calendars', [['Frame walls', 2400]], false);
    const calendarName = `Six-day ${Date.now().toString(36)}`;
    await openView(projectId, 'calendars');
    await page.getByLabel('New calendar').fill(calendarName);
    await page.getByRole('button', { name: 'Create calendar' }).click();
    await page
      .getByRole('textbox', { name: 'Name', exact: true })
      .and(page.locator(`[value="${calendarName}"]`))
      .waitFor();

    const week = page.getByRole('table', { name: 'Work week' });
    await week
      .locator('tr[data-weekday="6"] label')
      .filter({ hasText: /^Working$/ })
      .click();
    await page.getByRole('textbox', { name: 'Saturday period 2 end' }).waitFor();

    await page.getByRole('button', { name: 'Add exception' }).click();
    const exception = page.locator('[data-exception-index="0"]');
    await exception.getByLabel('Name').fill('Inventory day');
    await exception.getByRole('button', { name: 'Days' }).click();
    await page.getByRole('button', { name: '4 March 2026', exact: true }).click();
    await page.getByRole('button', { name: '4 March 2026', exact: true }).click();
    await page.getByRole('button', { name: 'Save calendar' }).click();
    await page.getByText(`${calendarName} saved`).waitFor();

    await choose("This project's calendar", calendarName);
    await page.getByText('Project calendar changed').waitFor();

    // Five days from Monday 2 March, with Wednesday 4 off and Saturday working, end on Saturday 7.
    const list = await api<{ items: TaskBody[] }>(
      'GET',
      `/api/v1/projects/${projectId}/tasks`,
      undefined,
      200,
    );
    const walls = list.items.find((task) => task.id === tasks[0].id);
    expect(walls?.start).toBe('2026-03-02T08:00:00');
    expect(walls?.finish).toBe('2026-03-07T17:00:00');
  }, 120_000);

  it('refuses a broken Microsoft Project file and names the line and element at fault', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'tandem-import-')), 'broken.xml');
    writeFileSync(
      broken,
      '<Project xmlns="http://schemas.microsoft.com/project">\n<Name>x</Name>\n<Tasks>\n<Task><UID>1</UID>\n',
    );
    try {
      await page.goto(`${baseUrl}/w/${workspaceId}/projects`);
      await page.getByRole('button', { name: 'Import XML' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a Microsoft Project file' });
      await dialog.locator('input[type="file"]').setInputFiles(broken);
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      const alert = dialog.getByRole('alert');
      await alert.getByText('Unreadable MS Project XML').waitFor();
      await alert.getByText(/^Line 5, Task: truncated XML/).waitFor();
      expect(page.url()).toMatch(/\/projects$/);
    } finally {
      rmSync(dirname(broken), { recursive: true, force: true });
    }
  });

  describe.skipIf(sampleMissing)('Microsoft Project XML', () => {
    it("imports the commercial construction plan through the UI and shows Microsoft Project's dates", async () => {
      const xml = readFileSync(SAMPLE, 'utf8');
      const expected = [
        'Receive notice to proceed and sign contract',
        'Submit bond and insurance documents',
        'Obtain building permits',
      ].map((name) => {
        const task = new RegExp(
          `<Task>(?:(?!</Task>).)*?<Name>${name}</Name>(?:(?!</Task>).)*?</Task>`,
          's',
        ).exec(xml)?.[0];
        if (!task) throw new Error(`task "${name}" is not in ${SAMPLE}`);
        const start = /<Start>([^<]+)<\/Start>/.exec(task)?.[1];
        const finish = /<Finish>([^<]+)<\/Finish>/.exec(task)?.[1];
        if (!start || !finish) throw new Error(`task "${name}" has no Start or Finish in ${SAMPLE}`);
        return { name, start, finish };
      });

      await page.goto(`${baseUrl}/w/${workspaceId}/projects`);
      await page.getByRole('button', { name: 'Import XML' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a Microsoft Project file' });
      await dialog.locator('input[type="file"]').setInputFiles(SAMPLE);
      await dialog.getByText('542 KB').waitFor();
      // A slow uplink (about 2 s for this file) so that the upload progress is seen moving.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: 256 * 1024,
      });
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await dialog.getByText(/^Uploading… ([1-9]|[1-9]\d) %$/).waitFor();
      await dialog.getByRole('progressbar', { name: 'Upload progress' }).waitFor();
      await page.waitForURL(/\/projects\/[0-9a-f-]{36}/, { timeout: 60_000 });

      const sheet = page.getByRole('grid', { name: 'Task sheet' });
      // The sheet pane clips the Finish column, and the rows leave clipped cells out: widen it.
      await sheet.getByRole('row').filter({ hasText: expected[0].name }).waitFor();
      await expect.poll(() => sheet.locator('td[data-column="5"]').count()).toBe(0);
      await page.getByRole('separator', { name: 'Resize the task sheet' }).press('End');
      for (const task of expected) {
        const row = sheet.getByRole('row').filter({ hasText: task.name });
        await row.waitFor();
        expect(await row.locator('td[data-column="4"]').textContent()).toBe(formatTaskDate(task.start));
        expect(await row.locator('td[data-column="5"]').textContent()).toBe(formatTaskDate(task.finish));
      }

      // And it goes back out as Microsoft Project XML.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export XML' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xml$/);
      const exported = readFileSync(await download.path(), 'utf8');
      expect(exported).toContain('<Name>Receive notice to proceed and sign contract</Name>');
    }, 120_000);
  });
});
