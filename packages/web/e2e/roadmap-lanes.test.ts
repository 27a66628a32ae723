import type { Session, TaskWriteResult } from '@tandem/api';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { launchBrowser } from './browser';

const baseUrl = inject('tandemBaseUrl');
const suffix = Date.now().toString(36);
const FEATURE = `Instant payouts ${suffix}`;
const GOAL = `Win marketplaces ${suffix}`;
const DAY = 480;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspaceId: string;
let headers: Record<string, string>;
let taskId: string;
let taskVersion: number;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 950 } });
  page = await context.newPage();
  // a workspace of its own: the owner's bell counts only what this test makes
  const signUp = await page.request.post(`${baseUrl}/api/v1/auth/sign-up`, {
    data: { email: `lanes-${suffix}@example.com`, password: 'roadmap lanes e2e password', name: 'Lou Lanes' },
  });
  expect(signUp.status()).toBe(201);
  const session = (await signUp.json()) as Session;
  workspaceId = session.memberships[0].workspaceId;
  headers = { 'x-csrf-token': session.csrfToken };
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(`${baseUrl}${path}`, { headers, data });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  };
  const project = (await post(`/api/v1/workspaces/${workspaceId}/projects`, {
    name: `Payouts ${suffix}`,
    start: '2026-03-02T08:00:00',
  })) as { id: string };
  // 5 working days from Monday 2 March: done Friday 6 March, before the 20 March target
  const task = (await post(`/api/v1/projects/${project.id}/tasks`, {
    name: 'Payout ledger',
    duration: 5 * DAY,
  })) as TaskWriteResult;
  taskId = task.task.id;
  taskVersion = task.task.version;
  const goal = (await post(`/api/v1/workspaces/${workspaceId}/goals`, { title: GOAL })) as { id: string };
  await post(`/api/v1/workspaces/${workspaceId}/features`, {
    title: FEATURE,
    kind: 'feature',
    lane: 'now',
    ownerId: session.user.id,
    goalIds: [goal.id],
    targetDate: '2026-03-20',
    links: [{ projectId: project.id, taskId }],
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('roadmap swimlanes and forecast notifications', () => {
  it('shows the feature in its goal’s lane, and the lane choice lives in the address', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/roadmap?view=timeline&lanes=goal`);
    const goalLane = page.locator(`[data-testid="timeline-lane"][data-lane-title="${GOAL}"]`);
    await goalLane.waitFor();
    expect(await goalLane.getByTestId('timeline-item').textContent()).toContain(FEATURE);
    expect(await page.getByRole('columnheader', { name: 'Goal', exact: true }).count()).toBe(1);

    await page.getByText('By team', { exact: true }).click();
    await page.waitForURL(/lanes=team/);
    const noTeam = page.locator('[data-testid="timeline-lane"][data-lane-title="No team"]');
    await noTeam.waitFor();
    expect(await noTeam.getByTestId('timeline-item').textContent()).toContain(FEATURE);

    // the feature panel sets the team: the feature moves to that lane
    await page.getByRole('button', { name: `Open ${FEATURE}` }).click();
    await page.getByRole('textbox', { name: 'Team' }).fill('Payments squad');
    await page.getByRole('button', { name: 'Save' }).click();
    const squad = page.locator('[data-testid="timeline-lane"][data-lane-title="Payments squad"]');
    await squad.waitFor();
    expect(await squad.getByTestId('timeline-item').textContent()).toContain(FEATURE);
    // the address keeps the tab and the lanes (the first visit showed the address sets them)
    const search = new URL(page.url()).searchParams;
    expect([search.get('view'), search.get('lanes')]).toEqual(['timeline', 'team']);
  });

  it('rings the owner’s bell when a linked task slips past the target, naming the feature', async () => {
    await page.goto(`${baseUrl}/w/${workspaceId}/product/roadmap?view=timeline&lanes=goal`);
    const quiet = page.getByRole('button', { name: 'Notifications', exact: true });
    await quiet.waitFor();

    // 20 working days: done 27 March, a week past the target
    const slip = await page.request.patch(`${baseUrl}/api/v1/tasks/${taskId}`, {
      headers,
      data: { version: taskVersion, duration: 20 * DAY },
    });
    expect(slip.status(), await slip.text()).toBe(200);

    // live: no reload
    const ringing = page.getByRole('button', { name: 'Notifications: 1 unread' });
    await ringing.waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="timeline-item"][data-late="true"]').first().waitFor();

    await ringing.click();
    const item = page.getByTestId('notification-item');
    await item.waitFor();
    expect(await page.getByTestId('notification-item').count()).toBe(1);
    expect(await item.textContent()).toContain(FEATURE);
    await item.click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    expect(page.url()).toContain('view=timeline');
  });
});
