import { createClient, SESSION_COOKIE, type Session, type TandemClient } from '@tandem/api';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');

/** Pixels of one day at the Gantt's default zoom (Days: 34 px a day). */
const DAY_PX = 34;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let client: TandemClient;
let workspaceId: string;

/** An API client signed in as the demo owner (to set up projects without clicking). */
async function apiClient(): Promise<{ client: TandemClient; session: Session }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_EMAIL, password }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  const session = (await response.json()) as Session;
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return {
    session,
    client: createClient({
      baseUrl,
      csrfToken: session.csrfToken,
      headers: { cookie: cookie.split(';')[0] },
    }),
  };
}

interface Plan {
  readonly projectId: string;
  /** Task ids by name. */
  readonly ids: Readonly<Record<string, string>>;
}

/** A project starting Monday 2 March 2026: Design → Build → Launch chained, Docs and Training apart. */
async function createPlan(): Promise<Plan> {
  const project = await client.createProject({
    params: { workspaceId },
    body: { name: `Gantt ${Date.now().toString(36)}`, start: '2026-03-02T08:00:00' },
  });
  const ids: Record<string, string> = {};
  for (const [name, days] of [
    ['Design', 2],
    ['Build', 3],
    ['Launch', 1],
    ['Docs', 2],
    ['Training', 1],
  ] as const) {
    const { task } = await client.createTask({
      params: { projectId: project.id },
      body: { name, duration: days * 480, durationUnit: 'd' },
    });
    ids[name] = task.id;
  }
  for (const [from, to] of [
    ['Design', 'Build'],
    ['Build', 'Launch'],
  ]) {
    await client.createLink({
      params: { projectId: project.id },
      body: { predecessorId: ids[from], successorId: ids[to], type: 'FS', lag: 0 },
    });
  }
  return { projectId: project.id, ids };
}

function bar(id: string): Locator {
  return page.locator(`[data-testid="gantt-bar"][data-task-id="${id}"]`);
}

async function leftOf(id: string): Promise<number> {
  const box = await bar(id).boundingBox();
  if (!box) throw new Error(`the bar of task ${id} is not on screen`);
  return box.x;
}

async function openGantt(plan: Plan): Promise<void> {
  await page.goto(`${baseUrl}/w/${workspaceId}/projects/${plan.projectId}`);
  await bar(plan.ids.Training).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const signedIn = await apiClient();
  client = signedIn.client;
  const membership = signedIn.session.memberships[0];
  if (!membership) throw new Error(`${DEMO_EMAIL} has no workspace`);
  workspaceId = membership.workspaceId;
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
});
afterEach(async () => {
  await context?.close();
});

describe('the Gantt chart', () => {
  it('draws the critical path in its own colour', async () => {
    const plan = await createPlan();
    await openGantt(plan);
    for (const name of ['Design', 'Build', 'Launch']) {
      expect(await bar(plan.ids[name]).getAttribute('data-critical')).toBe('true');
    }
    expect(await bar(plan.ids.Docs).getAttribute('data-critical')).toBe('false');
    const colour = (id: string) => bar(id).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await colour(plan.ids.Design)).not.toBe(await colour(plan.ids.Docs));
    // Docs has slack: its slack bar is drawn after it.
    expect(await page.getByTestId('gantt-slack').count()).toBeGreaterThan(0);
    // Two links, two arrows.
    expect(await page.getByTestId('gantt-link').count()).toBe(2);
  });

  it('moves the successors when a bar is dragged later', async () => {
    const plan = await createPlan();
    await openGantt(plan);
    const buildBefore = await leftOf(plan.ids.Build);
    const launchBefore = await leftOf(plan.ids.Launch);
    const box = await bar(plan.ids.Design).boundingBox();
    if (!box) throw new Error('Design is not on screen');
    await page.mouse.move(box.x + 6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 6 + DAY_PX, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + 6 + 2 * DAY_PX, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();

    // Design now starts no earlier than Wednesday: Build and Launch follow, two days later.
    await expect
      .poll(() => leftOf(plan.ids.Build), { timeout: 10_000 })
      .toBeCloseTo(buildBefore + 2 * DAY_PX, 0);
    expect(await leftOf(plan.ids.Launch)).toBeCloseTo(launchBefore + 2 * DAY_PX, 0);
    const design = await client.getTask({ params: { taskId: plan.ids.Design } });
    expect(design.constraintType).toBe('SNET');
    expect(design.start).toBe('2026-03-04T08:00:00');
  });

  it('links two tasks by dragging from one bar end onto another bar', async () => {
    const plan = await createPlan();
    await openGantt(plan);
    const trainingBefore = await leftOf(plan.ids.Training);
    const docs = await bar(plan.ids.Docs).boundingBox();
    const training = await bar(plan.ids.Training).boundingBox();
    if (!docs || !training) throw new Error('Docs or Training is not on screen');
    await bar(plan.ids.Docs).hover();
    // The link handle sits just right of the bar's end.
    await page.mouse.move(docs.x + docs.width + 9, docs.y + docs.height / 2);
    await page.mouse.down();
    await page.mouse.move(training.x + training.width / 2, training.y + training.height / 2, { steps: 8 });
    await page.mouse.up();

    await expect.poll(() => page.getByTestId('gantt-link').count(), { timeout: 10_000 }).toBe(3);
    // Training now follows Docs (2 days).
    await expect
      .poll(() => leftOf(plan.ids.Training), { timeout: 10_000 })
      .toBeCloseTo(trainingBefore + 2 * DAY_PX, 0);
    const links = await client.listLinks({ params: { projectId: plan.projectId } });
    expect(
      links.items.some(
        (link) => link.predecessorId === plan.ids.Docs && link.successorId === plan.ids.Training,
      ),
    ).toBe(true);
  });

  it('changes the time scale when zooming, with the buttons and with Ctrl+wheel', async () => {
    const plan = await createPlan();
    await openGantt(plan);
    const scale = page.getByTestId('gantt-scale');
    expect(await scale.getAttribute('data-zoom')).toBe('days');
    const widthBefore = (await bar(plan.ids.Build).boundingBox())?.width ?? 0;

    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => scale.getAttribute('data-zoom')).toBe('weeks');
    expect((await bar(plan.ids.Build).boundingBox())?.width).toBeLessThan(widthBefore);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => scale.getAttribute('data-zoom')).toBe('hours');
    expect(await page.getByTestId('gantt-minor-tick').first().textContent()).toMatch(/^\d\d$/);

    // Over the timeline: the right part of the scroller (the sheet is on the left).
    const scroller = await page.getByTestId('gantt-scroller').boundingBox();
    if (!scroller) throw new Error('no Gantt on screen');
    await page.mouse.move(scroller.x + scroller.width - 200, scroller.y + 80);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 120);
    await page.keyboard.up('Control');
    await expect.poll(() => scale.getAttribute('data-zoom')).toBe('days');
  });

  it('opens the task details on double-click', async () => {
    const plan = await createPlan();
    await openGantt(plan);
    await bar(plan.ids.Build).dblclick();
    const dialog = page.getByRole('dialog', { name: 'Task details' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Build');
    expect(await dialog.textContent()).toContain('Critical');
  });
});
