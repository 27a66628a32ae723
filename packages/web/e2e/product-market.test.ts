import type { ComparisonMatrix, Stakeholder, Swot } from '@tandem/api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';
import { csrfHeaders, workspaceIdOf } from './page-api';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');
const suffix = Date.now().toString(36);
const FEATURE = `Offline sync ${suffix}`;
const PRODUCT = `Field app ${suffix}`;
const COMPETITOR = `Rivalsoft ${suffix}`;
const STAKEHOLDER = `Chief Financial Officer ${suffix}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspaceId: string;
let featureId: string;
let productId: string;
let headers: Record<string, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 950 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
  workspaceId = workspaceIdOf(page);
  headers = await csrfHeaders(page, baseUrl);
  // the matrix's rows are our features and a SWOT belongs to a product: both come from other pages
  const feature = await page.request.post(`${baseUrl}/api/v1/workspaces/${workspaceId}/features`, {
    headers,
    data: { title: FEATURE, kind: 'feature' },
  });
  expect(feature.status()).toBe(201);
  featureId = ((await feature.json()) as { id: string }).id;
  const product = await page.request.post(`${baseUrl}/api/v1/workspaces/${workspaceId}/products`, {
    headers,
    data: { name: PRODUCT },
  });
  expect(product.status()).toBe(201);
  productId = ((await product.json()) as { id: string }).id;
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function stakeholders(): Promise<Stakeholder[]> {
  const response = await page.request.get(`${baseUrl}/api/v1/workspaces/${workspaceId}/stakeholders`);
  return ((await response.json()) as { items: Stakeholder[] }).items;
}

describe('stakeholders and market (issue #7)', () => {
  it('adds a stakeholder with high power and low interest and shows them in "keep satisfied"', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/stakeholders`);
    await page.getByRole('button', { name: 'Add stakeholder' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add stakeholder' });
    // a name is required, said under the field before anything is sent
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    await dialog.getByText('Give the stakeholder a name').waitFor();
    await dialog.getByLabel('Name').fill(STAKEHOLDER);
    await dialog.getByLabel('Role').fill('CFO');
    await dialog.getByLabel('Organisation').fill('Finance');
    await dialog.getByRole('radiogroup', { name: 'Power' }).getByText('5', { exact: true }).click();
    await dialog.getByRole('radiogroup', { name: 'Interest' }).getByText('1', { exact: true }).click();
    await dialog.getByLabel('Engagement plan').fill('Quarterly budget review; preview pricing changes');
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    await dialog.waitFor({ state: 'detached' });

    const quadrant = page.getByRole('region', { name: 'Keep satisfied' });
    await quadrant.getByRole('button', { name: new RegExp(`^Edit ${STAKEHOLDER}`) }).waitFor();
    for (const other of ['Manage closely', 'Keep informed', 'Monitor']) {
      expect(await page.getByRole('region', { name: other }).getByText(STAKEHOLDER).count()).toBe(0);
    }
    const row = page.getByTestId('stakeholder-row').filter({ hasText: STAKEHOLDER });
    await row.getByText('Keep satisfied').waitFor();
    const saved = (await stakeholders()).find((candidate) => candidate.name === STAKEHOLDER);
    expect(saved).toMatchObject({ power: 5, interest: 1, quadrant: 'keep-satisfied', role: 'CFO' });
  });

  it('keeps both edits when someone else saved the stakeholder while the dialog was open', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/stakeholders`);
    await page.getByRole('button', { name: `Actions for ${STAKEHOLDER}` }).click();
    await page.getByRole('menuitem', { name: 'Edit…' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${STAKEHOLDER}` });
    await dialog.getByLabel('Role').fill('Chief financial officer');
    // meanwhile someone else changes the organisation
    const before = (await stakeholders()).find((candidate) => candidate.name === STAKEHOLDER);
    if (!before) throw new Error(`no stakeholder "${STAKEHOLDER}"`);
    const theirs = await page.request.patch(`${baseUrl}/api/v1/stakeholders/${before.id}`, {
      headers,
      data: { version: before.version, organisation: 'Group finance' },
    });
    expect(theirs.status()).toBe(200);
    await dialog.getByRole('button', { name: 'Save stakeholder' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/Someone else changed the organisation/)
      .waitFor();
    expect(await dialog.getByLabel('Organisation').inputValue()).toBe('Group finance');
    expect(await dialog.getByLabel('Role').inputValue()).toBe('Chief financial officer');
    await dialog.getByRole('button', { name: 'Save stakeholder' }).click();
    await dialog.waitFor({ state: 'detached' });
    const after = (await stakeholders()).find((candidate) => candidate.id === before.id);
    expect(after).toMatchObject({ role: 'Chief financial officer', organisation: 'Group finance' });
  });

  it('adds a competitor, marks a feature as fully supported with a note in the matrix, and keeps both after a reload', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/market`);
    await page.getByRole('button', { name: 'Add competitor' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add competitor' });
    await dialog.getByLabel('Name').fill(COMPETITOR);
    // the browser checks the website before sending; the field says what is wrong
    await dialog.getByLabel('Website').fill('rivalsoft.example');
    await dialog.getByRole('button', { name: 'Add competitor' }).click();
    await dialog.getByText(/Website must be an http\(s\) address/).waitFor();
    await dialog.getByLabel('Website').fill('https://rivalsoft.example');
    await dialog.getByLabel('Strengths').fill('Big sales team\n\nCheap entry plan');
    await dialog.getByLabel('Pricing').fill('$12 per seat per month');
    await dialog.getByRole('button', { name: 'Add competitor' }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: COMPETITOR });
    await card.getByRole('list', { name: 'Strengths' }).getByText('Cheap entry plan').waitFor();

    await page.getByRole('tab', { name: 'Feature comparison' }).click();
    await page.waitForURL(/tab=matrix/);
    const cell = page.getByLabel(`Support of ${COMPETITOR} for ${FEATURE}`);
    expect(await cell.inputValue()).toBe('unknown');
    await cell.selectOption('full');
    await expect
      .poll(async () => {
        const response = await page.request.get(
          `${baseUrl}/api/v1/workspaces/${workspaceId}/comparison-matrix`,
        );
        const matrix = (await response.json()) as ComparisonMatrix;
        const competitor = matrix.competitors.find((candidate) => candidate.name === COMPETITOR);
        const row = matrix.rows.find((candidate) => candidate.featureId === featureId);
        return row?.cells.find((candidate) => candidate.competitorId === competitor?.id)?.support;
      })
      .toBe('full');

    await page.getByRole('button', { name: `Add a note on ${COMPETITOR} for ${FEATURE}` }).click();
    const note = page.getByRole('dialog', { name: `Note on ${COMPETITOR} for ${FEATURE}` });
    await note.getByLabel('Note').fill('Only on their Enterprise plan');
    await note.getByRole('button', { name: 'Save note' }).click();
    await page
      .getByRole('button', { name: `Note on ${COMPETITOR} for ${FEATURE}: Only on their Enterprise plan` })
      .waitFor();

    await page.reload();
    const reloaded = page.getByLabel(`Support of ${COMPETITOR} for ${FEATURE}`);
    await reloaded.waitFor();
    expect(await reloaded.inputValue()).toBe('full');
    await page
      .getByRole('button', { name: `Note on ${COMPETITOR} for ${FEATURE}: Only on their Enterprise plan` })
      .waitFor();
  });

  it('adds a strength to a product’s SWOT', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/market?tab=swot`);
    const product = page.getByRole('combobox', { name: 'Product' });
    await product.click();
    await page.getByRole('option', { name: PRODUCT }).click();
    await expect.poll(() => product.inputValue()).toBe(PRODUCT);
    const strength = `Works without signal ${suffix}`;
    await page.getByLabel('New strength').fill(strength);
    await page.getByRole('button', { name: 'Add strength' }).click();
    await page.getByRole('status').getByText('Unsaved changes').waitFor();
    // leaving the page asks first; staying keeps the draft
    await page.getByRole('link', { name: 'Stakeholders' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(page.url()).toContain('/product/market');
    await page.getByRole('button', { name: 'Save SWOT' }).click();
    await expect
      .poll(async () => {
        const response = await page.request.get(`${baseUrl}/api/v1/products/${productId}/swot`);
        return ((await response.json()) as Swot).strengths;
      })
      .toEqual([strength]);

    await page.reload();
    await page.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: PRODUCT }).click();
    expect(await page.getByLabel('Strengths: point 1').inputValue()).toBe(strength);
  });
});
