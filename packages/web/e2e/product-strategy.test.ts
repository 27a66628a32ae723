import type { Feature, Goal, Product } from '@tandem/api';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';
import { csrfHeaders, workspaceIdOf } from './page-api';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');
const suffix = Date.now().toString(36);
const PRODUCT = `Tandem Mobile ${suffix}`;
const OBJECTIVE = `Grow self-serve ${suffix}`;
const METRIC = `Weekly active teams ${suffix}`;
const INITIATIVE = `Self-serve onboarding ${suffix}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspaceId: string;

/** Today as the app shows it ("26 Nov 2026"): the browser's calendar day, printed in UTC like every date. */
function todayShown(): string {
  const now = new Date();
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 950 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
  workspaceId = workspaceIdOf(page);
  const headers = await csrfHeaders(page, baseUrl);
  const created = await page.request.post(`${baseUrl}/api/v1/workspaces/${workspaceId}/features`, {
    headers,
    data: { title: INITIATIVE, kind: 'initiative' },
  });
  expect(created.status()).toBe(201);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function list<T>(path: string): Promise<T[]> {
  const response = await page.request.get(`${baseUrl}/api/v1/workspaces/${workspaceId}/${path}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: T[] }).items;
}

async function pick(field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('products and goals (issue #7)', () => {
  it('creates a product, moves it from discovery to introduction and shows the dated history', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/products`);
    await page.getByRole('button', { name: 'New product' }).click();
    const dialog = page.getByRole('dialog', { name: 'New product' });
    await dialog.getByLabel('Product name').fill(PRODUCT);
    await dialog.getByLabel('Vision', { exact: true }).fill('Plan on the go');
    await dialog.getByRole('button', { name: 'Create product' }).click();
    await dialog.waitFor({ state: 'detached' });

    const panel = page.getByTestId('product-panel');
    await panel.getByRole('heading', { name: PRODUCT }).waitFor();
    expect(page.url()).toContain('product=');
    const history = panel.getByTestId('stage-history-entry');
    await history.filter({ hasText: 'Discovery' }).waitFor();
    expect(await history.count()).toBe(1);

    // the next stage is proposed, dated today
    await pick(panel.getByLabel('New stage'), /^Introduction/);
    expect(await panel.getByLabel('Date of change').inputValue()).toBe(todayIso());
    await panel.getByRole('button', { name: 'Change stage' }).click();

    const entry = history.filter({ hasText: 'Introduction' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(todayShown());
    expect(await history.count()).toBe(2);
    await panel.getByTestId('current-stage').filter({ hasText: 'Introduction' }).waitFor();
    const product = (await list<Product>('products')).find((p) => p.name === PRODUCT);
    expect(product?.lifecycleStage).toBe('introduction');
    expect(product?.stageHistory.map((h) => [h.stage, h.date])).toEqual([
      ['discovery', todayIso()],
      ['introduction', todayIso()],
    ]);
  });

  it('edits the strategy and a persona, and refuses a persona without a name on its field', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/products`);
    await page.getByRole('button', { name: new RegExp(PRODUCT) }).click();
    const panel = page.getByTestId('product-panel');
    await panel.getByRole('heading', { name: PRODUCT }).waitFor();
    await panel.getByLabel('Strategy', { exact: true }).fill('Win field engineers first');
    await panel.getByRole('button', { name: 'Add persona' }).click();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('A persona needs a name').waitFor();

    await panel.getByLabel('Persona 1 name').fill('Sam, site lead');
    await panel.getByLabel('Persona 1 needs').fill('Updates tasks from the field');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(async () => (await list<Product>('products')).find((p) => p.name === PRODUCT)?.strategy)
      .toBe('Win field engineers first');
    const product = (await list<Product>('products')).find((p) => p.name === PRODUCT);
    expect(product?.personas).toEqual([
      { name: 'Sam, site lead', description: 'Updates tasks from the field' },
    ]);
    expect(product?.vision).toBe('Plan on the go');
  });

  it('keeps an unsaved edit when someone else saves the product, and saves both', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/products`);
    await page.getByRole('button', { name: new RegExp(PRODUCT) }).click();
    const panel = page.getByTestId('product-panel');
    await panel.getByRole('heading', { name: PRODUCT }).waitFor();
    await panel.getByLabel('Vision', { exact: true }).fill('Plan anywhere, offline too');

    // a colleague changes the target customers meanwhile
    const before = (await list<Product>('products')).find((p) => p.name === PRODUCT);
    if (!before) throw new Error(`no product "${PRODUCT}"`);
    const headers = await csrfHeaders(page, baseUrl);
    const theirs = await page.request.patch(`${baseUrl}/api/v1/products/${before.id}`, {
      headers,
      data: { version: before.version, targetCustomers: 'Construction firms' },
    });
    expect(theirs.status()).toBe(200);

    // the page learns of it live; the edit is still there and nothing overlaps
    const banner = panel.getByRole('alert').filter({ hasText: 'saved elsewhere' });
    await banner.getByText('keeping yours keeps both').waitFor();
    expect(await panel.getByLabel('Vision', { exact: true }).inputValue()).toBe('Plan anywhere, offline too');
    await banner.getByRole('button', { name: 'Keep mine and save' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await list<Product>('products')).find((p) => p.name === PRODUCT)?.vision)
      .toBe('Plan anywhere, offline too');
    const after = (await list<Product>('products')).find((p) => p.name === PRODUCT);
    expect(after?.targetCustomers).toBe('Construction firms');
    expect(await panel.getByLabel('Target customers').inputValue()).toBe('Construction firms');
  });

  it('creates an objective with a key result, checks in and the progress moves', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/goals`);
    await page.getByRole('button', { name: 'New objective' }).click();
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    await dialog.getByLabel(/^Objective/).fill(OBJECTIVE);
    await dialog.getByLabel('Key result 1 metric').fill(METRIC);
    await dialog.getByLabel('Key result 1 baseline').fill('100');
    await dialog.getByLabel('Key result 1 target').fill('100');
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    // the form answers at once, on the field
    await dialog.getByText('Must differ from the baseline').waitFor();
    await dialog.getByLabel('Key result 1 target').fill('200');
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = page.getByRole('article', { name: OBJECTIVE });
    const progress = card.getByRole('progressbar', { name: `Progress of ${OBJECTIVE}` });
    // an empty bar has no width: wait for the figure beside it, read the bar's value
    await card.getByTestId('objective-progress').waitFor();
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    expect(await card.getByTestId('objective-progress').textContent()).toBe('0 %');

    await card.getByRole('button', { name: `Check in on ${METRIC}` }).click();
    const checkIn = page.getByRole('dialog', { name: `Check in: ${METRIC}` });
    expect(await checkIn.getByLabel('Date', { exact: true }).inputValue()).toBe(todayIso());
    await checkIn.getByLabel('Value', { exact: true }).fill('150');
    await checkIn.getByLabel('Confidence', { exact: true }).fill('80');
    await checkIn.getByLabel('Note', { exact: true }).fill('Launch week');
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await checkIn.waitFor({ state: 'detached' });

    await expect.poll(() => card.getByTestId('objective-progress').textContent()).toBe('50 %');
    expect(await progress.getAttribute('aria-valuenow')).toBe('50');
    expect(await card.getByTestId('key-result-current').textContent()).toBe('150');
    const goal = (await list<Goal>('goals')).find((g) => g.title === OBJECTIVE);
    expect(goal?.progress).toBe(0.5);
    expect(goal?.keyResults[0].confidence).toBe(0.8);

    await card.getByRole('button', { name: `Check-in history of ${METRIC}` }).click();
    const row = card.getByRole('table', { name: `Check-ins of ${METRIC}` }).getByTestId('check-in');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(todayShown());
    expect(text).toContain('150');
    expect(text).toContain('80 %');
    expect(text).toContain('Launch week');
  });

  it('links an initiative to the objective, lists it, and unlinks it', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/goals`);
    const card = page.getByRole('article', { name: OBJECTIVE });
    await card.waitFor();
    expect(await card.getByTestId('linked-feature').count()).toBe(0);
    await pick(card.getByLabel(`Link a feature to ${OBJECTIVE}`), INITIATIVE);
    await card.getByTestId('linked-feature').filter({ hasText: INITIATIVE }).waitFor();

    const goal = (await list<Goal>('goals')).find((g) => g.title === OBJECTIVE);
    const initiative = (await list<Feature>('features')).find((f) => f.title === INITIATIVE);
    expect(initiative?.goalIds).toEqual([goal?.id]);
    expect(goal?.featureIds).toEqual([initiative?.id]);

    await card.getByRole('button', { name: `Unlink ${INITIATIVE}` }).click();
    await card.getByTestId('linked-feature').filter({ hasText: INITIATIVE }).waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await list<Feature>('features')).find((f) => f.title === INITIATIVE)?.goalIds)
      .toEqual([]);
  });
});
