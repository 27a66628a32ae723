import type { Feature, FeedbackItem, Release, Task } from '@tandem/api';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';
import { csrfHeaders, workspaceIdOf } from './page-api';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');
const suffix = Date.now().toString(36);
const FEATURE = `Offline mode ${suffix}`;
const RIVAL = `Dark theme ${suffix}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspaceId: string;
let projectId: string;
let headers: Record<string, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 950 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
  workspaceId = workspaceIdOf(page);
  headers = await csrfHeaders(page, baseUrl);
  const project = await page.request.post(`${baseUrl}/api/v1/workspaces/${workspaceId}/projects`, {
    headers,
    data: { name: `Product plan ${suffix}`, start: '2026-03-02T08:00:00' },
  });
  expect(project.status()).toBe(201);
  projectId = ((await project.json()) as { id: string }).id;
  for (const name of ['Sync engine', 'Conflict UI']) {
    const task = await page.request.post(`${baseUrl}/api/v1/projects/${projectId}/tasks`, {
      headers,
      data: { name, duration: 480 },
    });
    expect(task.status()).toBe(201);
  }
  // the rival is already scored high; the feature under test is not scored yet
  for (const data of [
    { title: RIVAL, kind: 'feature', rice: { reach: 100, impact: 1, confidence: 1, effort: 1 } },
    { title: FEATURE, kind: 'feature', targetDate: '2026-03-04' },
  ]) {
    const created = await page.request.post(`${baseUrl}/api/v1/workspaces/${workspaceId}/features`, {
      headers,
      data,
    });
    expect(created.status()).toBe(201);
  }
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function feature(title: string): Promise<Feature> {
  const response = await page.request.get(`${baseUrl}/api/v1/workspaces/${workspaceId}/features`);
  const { items } = (await response.json()) as { items: Feature[] };
  const found = items.find((item) => item.title === title);
  if (!found) throw new Error(`no feature "${title}"`);
  return found;
}

async function pick(field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

async function dragTo(card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the card or the lane is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
  await page.mouse.up();
}

function backlogTitles(): Promise<string[]> {
  return page
    .getByTestId('backlog-row')
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[1]?.textContent ?? ''));
}

describe('the product workspace (issue #7, must-show 1)', () => {
  it('captures feedback and triages it to a feature as evidence', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/feedback`);
    const text = `Needs to work on the train ${suffix}`;
    await page.getByLabel('What did they say?').fill(text);
    await page.getByLabel('Customer').fill('Ada');
    await page.getByLabel('Segment').fill('Enterprise');
    await page.getByRole('button', { name: 'Add feedback' }).click();
    const item = page.getByTestId('feedback-item').filter({ hasText: text });
    await item.waitFor();
    await pick(item.getByLabel(/^Feature for/), `${FEATURE} (feature)`);
    await expect
      .poll(async () => {
        const response = await page.request.get(`${baseUrl}/api/v1/workspaces/${workspaceId}/feedback`);
        const { items } = (await response.json()) as { items: FeedbackItem[] };
        return items.find((candidate) => candidate.text === text)?.status;
      })
      .toBe('triaged');
    expect((await feature(FEATURE)).evidenceCount).toBe(1);
  });

  it('imports feedback from CSV and shows the line and column of a bad row', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/feedback`);
    const file = page.locator('input[type="file"]');
    await file.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`text,importance\nFine row ${suffix},low\nBad row ${suffix},urgent\n`),
    });
    const refusal = page.getByRole('alert').filter({ hasText: 'Import refused' });
    await refusal.getByText(/bad\.csv:3: column importance/).waitFor();
    await file.setInputFiles({
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`text,customer,segment\nCSV item ${suffix},Grace,SMB\n`),
    });
    await page.getByText('Imported 1 item.').waitFor();
    await page
      .getByTestId('feedback-item')
      .filter({ hasText: `CSV item ${suffix}` })
      .waitFor();
    expect(
      await page
        .getByTestId('feedback-item')
        .filter({ hasText: `Fine row ${suffix}` })
        .count(),
    ).toBe(0);
  });

  it('scores the feature with RICE and the ranking changes', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/backlog`);
    await page.getByRole('button', { name: 'Sort by RICE' }).click();
    await page.getByTestId('backlog-row').filter({ hasText: FEATURE }).waitFor();
    const before = (await backlogTitles()).filter((title) => title.includes(suffix));
    expect(before[0]).toContain(RIVAL);
    await page.getByRole('button', { name: `Actions for ${FEATURE}` }).click();
    await page.getByRole('menuitem', { name: 'Score…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reach').fill('1000');
    await dialog.getByLabel('Impact').fill('2');
    await dialog.getByLabel('Confidence').fill('0.8');
    await dialog.getByLabel('RICE effort').fill('2');
    await dialog.getByRole('button', { name: 'Save scores' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await backlogTitles()).filter((title) => title.includes(suffix))[0])
      .toContain(FEATURE);
    expect((await feature(FEATURE)).scores.rice).toBe(800);
  });

  it('shows why a score is missing instead of a number, and asks a reason to reject', async () => {
    const rival = await feature(RIVAL);
    const scored = await page.request.patch(`${baseUrl}/api/v1/features/${rival.id}`, {
      headers,
      data: {
        version: rival.version,
        wsjf: { businessValue: 5, timeCriticality: 3, riskReduction: 1, jobSize: 0 },
      },
    });
    expect(scored.status()).toBe(200);
    await page.goto(`${baseUrl}/w/${workspaceId}/product/backlog`);
    const row = page.getByTestId('backlog-row').filter({ hasText: RIVAL });
    const wsjf = row.locator('[data-score="wsjf"]');
    await wsjf.waitFor();
    const shown = (await wsjf.textContent()) ?? '';
    expect(shown).not.toMatch(/NaN|Infinity|^[\d,.]+$/);
    expect(shown.length).toBeGreaterThan(0);

    await pick(row.getByLabel(`Status of ${RIVAL}`), 'Rejected');
    const dialog = page.getByRole('dialog', { name: `Reject “${RIVAL}”` });
    await expect.poll(() => dialog.getByRole('button', { name: 'Reject' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Reason').fill('Covered by the OS setting');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(async () => (await feature(RIVAL)).status).toBe('rejected');
    expect((await feature(RIVAL)).statusReason).toBe('Covered by the OS setting');
  });

  it('moves the feature across now, next and later by dragging', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/roadmap`);
    const card = () => page.getByTestId('roadmap-card').filter({ hasText: FEATURE });
    await card().waitFor();
    await dragTo(card(), page.getByRole('region', { name: 'Now' }));
    await expect.poll(async () => (await feature(FEATURE)).lane).toBe('now');
    await page.getByRole('region', { name: 'Now' }).getByText(FEATURE).waitFor();
    await dragTo(card(), page.getByRole('region', { name: 'Later' }));
    await expect.poll(async () => (await feature(FEATURE)).lane).toBe('later');
  });

  it('creates a release with a target date', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/roadmap`);
    await page.getByRole('tab', { name: 'Releases' }).click();
    const name = `Spring ${suffix}`;
    await page.getByLabel('Release name').fill(name);
    await page.getByLabel('Target date').fill('2026-04-30');
    await page.getByRole('button', { name: 'Create release' }).click();
    const panel = page.getByTestId('release-panel');
    await panel.getByRole('heading', { name }).waitFor();
    await panel.getByTestId('release-notes').filter({ hasText: name }).waitFor();
    const response = await page.request.get(`${baseUrl}/api/v1/workspaces/${workspaceId}/releases`);
    const { items } = (await response.json()) as { items: Release[] };
    const release = items.find((candidate) => candidate.name === name);
    expect(release?.targetDate).toBe('2026-04-30');

    // a scope change is previewed (date and cost before → after) before it is saved
    await pick(panel.getByLabel('Features in this release'), `${FEATURE} (feature)`);
    await panel.getByRole('heading', { name }).click();
    await panel.getByRole('button', { name: 'Preview change' }).click();
    await panel
      .getByTestId('scope-preview')
      .getByText(/^Release date:/)
      .waitFor();
    await panel
      .getByTestId('scope-preview')
      .getByText(/^Cost at completion:/)
      .waitFor();
    await panel.getByRole('button', { name: 'Save scope' }).click();
    await expect.poll(async () => (await feature(FEATURE)).releaseId).toBe(release?.id);
  });

  it('links the feature to tasks, and its roadmap date and late flag follow a slip', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/backlog`);
    await page.getByRole('button', { name: `Actions for ${FEATURE}` }).click();
    await page.getByRole('menuitem', { name: 'Link to project work…' }).click();
    const dialog = page.getByRole('dialog');
    await pick(dialog.getByLabel('Project'), `Product plan ${suffix}`);
    await pick(dialog.getByLabel('Tasks'), 'Sync engine');
    // close the task list (Escape would close the dialog too)
    await dialog.getByRole('heading').click();
    await dialog.getByRole('button', { name: 'Save links' }).click();
    await dialog.waitFor({ state: 'detached' });
    const linked = await feature(FEATURE);
    expect(linked.links).toHaveLength(1);
    expect(linked.forecast?.late).toBe(false);

    const timelineItem = async () => {
      await page.goto(`${baseUrl}/w/${workspaceId}/product/roadmap`);
      await page.getByRole('tab', { name: 'Timeline' }).click();
      const item = page.getByTestId('timeline-item').filter({ hasText: FEATURE });
      await item.waitFor();
      return item;
    };
    const before = await timelineItem();
    const dateBefore = await before.getByTestId('timeline-date').textContent();
    expect(await before.getByTestId('late-flag').count()).toBe(0);

    // slip the linked task past the feature's target date (4 Mar) through the API
    const tasks = await page.request.get(`${baseUrl}/api/v1/projects/${projectId}/tasks`);
    const sync = ((await tasks.json()) as { items: Task[] }).items.find(
      (task) => task.name === 'Sync engine',
    );
    if (!sync) throw new Error('the Sync engine task is missing');
    const slipped = await page.request.patch(`${baseUrl}/api/v1/tasks/${sync.id}`, {
      headers,
      data: { version: sync.version, duration: 480 * 6 },
    });
    expect(slipped.status()).toBe(200);

    // the open page follows live (no reload): the date moves and the late flag appears
    await before.getByTestId('late-flag').waitFor();
    expect(await before.getByTestId('timeline-date').textContent()).not.toBe(dateBefore);
    expect((await feature(FEATURE)).forecast?.late).toBe(true);
  });

  it('shares a read-only roadmap that a signed-out reader cannot leave, until revoked', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/roadmap`);
    await page.getByRole('tab', { name: 'Share' }).click();
    const linkName = `Customers ${suffix}`;
    await page.getByLabel('Link name').fill(linkName);
    await page.getByLabel('Scores').check();
    await page.getByRole('button', { name: 'Create link' }).click();
    const url = await page.getByTestId('share-link-url').inputValue();
    expect(url).toMatch(/\/share\/[A-Za-z0-9_-]+$/);

    const outsider = await browser.newContext();
    try {
      const reader = await outsider.newPage();
      await reader.goto(url);
      await reader.getByTestId('shared-feature').filter({ hasText: FEATURE }).waitFor();
      // nothing to edit and nowhere to go
      expect(await reader.locator('a, button, input, textarea, select, [role="button"]').count()).toBe(0);

      await page.getByRole('button', { name: `Revoke ${linkName}` }).click();
      await page.getByRole('button', { name: `Revoke ${linkName}` }).waitFor({ state: 'detached' });
      await reader.reload();
      await reader.getByText('This roadmap is not available').waitFor();
      expect(await reader.getByTestId('shared-feature').count()).toBe(0);
    } finally {
      await outsider.close();
    }
  });
});
