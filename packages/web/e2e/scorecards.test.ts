import type { Feature, Session } from '@tandem/api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { launchBrowser } from './browser';

const baseUrl = inject('tandemBaseUrl');
const suffix = Date.now().toString(36);
const LOVED = `Loved by customers ${suffix}`;
const STRATEGIC = `Strategic bet ${suffix}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspaceId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 950 } });
  page = await context.newPage();
  // a workspace of its own, so the scorecard criteria do not leak into the other product tests
  const signUp = await page.request.post(`${baseUrl}/api/v1/auth/sign-up`, {
    data: { email: `scorer-${suffix}@example.com`, password: 'weighted scorecard e2e', name: 'Sam Scorer' },
  });
  expect(signUp.status()).toBe(201);
  const session = (await signUp.json()) as Session;
  workspaceId = session.memberships[0].workspaceId;
  const headers = { 'x-csrf-token': session.csrfToken };
  // the strategic bet is ranked first by hand, so only the scorecard puts the loved one on top
  for (const title of [STRATEGIC, LOVED]) {
    const created = await page.request.post(`${baseUrl}/api/v1/workspaces/${workspaceId}/features`, {
      headers,
      data: { title, kind: 'feature' },
    });
    expect(created.status()).toBe(201);
  }
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function features(): Promise<Feature[]> {
  const response = await page.request.get(`${baseUrl}/api/v1/workspaces/${workspaceId}/features`);
  return ((await response.json()) as { items: Feature[] }).items;
}

/** The two features under test, in the order the backlog shows them. */
async function ranking(): Promise<string[]> {
  const titles = await page
    .getByTestId('backlog-row')
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[1]?.textContent ?? ''));
  return titles.flatMap((text) => [LOVED, STRATEGIC].filter((title) => text.includes(title)));
}

async function addCriterion(name: string, weight: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a criterion' });
  await form.getByLabel('Criterion').fill(name);
  await form.getByLabel('Weight').fill(weight);
  await form.getByRole('button', { name: 'Add criterion' }).click();
  await page
    .getByTestId('scorecard-criterion')
    .filter({ has: page.getByLabel(`Name of ${name}`) })
    .waitFor();
}

async function score(title: string, values: Readonly<Record<string, string>>): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Score…' }).click();
  const dialog = page.getByRole('dialog', { name: `Score “${title}”` });
  for (const [criterion, value] of Object.entries(values)) await dialog.getByLabel(criterion).fill(value);
  await dialog.getByRole('button', { name: 'Save scores' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('weighted scorecards (issue #7)', () => {
  it('ranks the backlog by the weighted scorecard, and a weight change flips the ranking', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/backlog`);
    await page.getByRole('heading', { name: 'Backlog' }).waitFor();
    await page.getByTestId('backlog-row').filter({ hasText: LOVED }).waitFor();
    await page.getByRole('button', { name: 'Scorecard', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Weighted scorecard' });
    await drawer.getByText('No criteria yet').waitFor();
    await addCriterion('Customer value', '3');
    await addCriterion('Strategic fit', '1');
    // shares of the total weight: 3 of 4 and 1 of 4
    await drawer.getByText('75 %').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // before any value the cell gives the reason, never a number or NaN
    const lovedCell = page
      .getByTestId('backlog-row')
      .filter({ hasText: LOVED })
      .locator('[data-score="scorecard"]');
    expect(await lovedCell.textContent()).toBe('Not scored');

    // on 1–5 scales: loved (3·100 + 1·0) / 4 = 75, strategic (3·0 + 1·100) / 4 = 25
    await score(LOVED, { 'Customer value': '5', 'Strategic fit': '1' });
    await score(STRATEGIC, { 'Customer value': '1', 'Strategic fit': '5' });
    expect(await ranking()).toEqual([STRATEGIC, LOVED]);
    await page.getByRole('button', { name: 'Sort by Scorecard' }).click();
    await expect.poll(async () => await ranking()).toEqual([LOVED, STRATEGIC]);
    await expect.poll(() => lovedCell.textContent()).toBe('75');

    // strategic fit now weighs 9: loved 3·100 / 12 = 25, strategic 9·100 / 12 = 75
    await page.getByRole('button', { name: 'Scorecard', exact: true }).click();
    await drawer.getByLabel('Weight of Strategic fit').fill('9');
    await drawer.getByRole('button', { name: 'Save Strategic fit' }).click();
    await drawer
      .getByTestId('scorecard-criterion')
      .filter({ has: page.getByLabel('Name of Customer value') })
      .getByText('25 %')
      .waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(async () => await ranking()).toEqual([STRATEGIC, LOVED]);
    await expect.poll(() => lovedCell.textContent()).toBe('25');
    const byTitle = new Map((await features()).map((f) => [f.title, f.scores.scorecard]));
    expect([byTitle.get(LOVED), byTitle.get(STRATEGIC)]).toEqual([25, 75]);
  });
});
