import type { Task } from '@tandem/api';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import './provided-context';
import { DEMO_EMAIL, launchBrowser, signIn } from './browser';

const baseUrl = inject('tandemBaseUrl');
const password = inject('tandemDemoPassword');

// Sheet columns (td[data-column]): 0 ID, 1 indicators, 2 name, 3 duration, 4 start, 5 finish, 6 predecessors.
const NAME = 2;
const DURATION = 3;
const START = 4;
const PREDECESSORS = 6;

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
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  await signIn(page, baseUrl, DEMO_EMAIL, password);
});
afterEach(async () => {
  await context?.close();
});

function sheet(): Locator {
  return page.getByRole('grid', { name: 'Task sheet' });
}

/** The sheet row of the n-th task (1-based, as the ID column shows it). */
function row(n: number): Locator {
  return sheet().locator(`tr[aria-rowindex="${n + 1}"]`);
}

function cell(n: number, column: number): Locator {
  return row(n).locator(`td[data-column="${column}"]`);
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/**
 * In the page: whether the sheet's error message is drawn over whatever lies at its centre (a
 * hit test, with the message made hit-testable for the moment: it lets the pointer through).
 */
function messageOnTop(): boolean {
  const message = document.querySelector<HTMLElement>('[role="grid"] [role="alert"]');
  if (!message) return false;
  const box = message.getBoundingClientRect();
  message.style.pointerEvents = 'auto';
  const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  message.style.pointerEvents = '';
  return hit !== null && message.contains(hit);
}

/** The cell editor that is open (the sheet has at most one). */
function editor(): Locator {
  return sheet().locator('input');
}

/** Types `value` over the active cell (the first character opens its editor) and commits with `key`. */
async function typeInto(value: string, key: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  await page.keyboard.type(value.slice(0, 1));
  await editor().waitFor();
  await page.keyboard.type(value.slice(1));
  await page.keyboard.press(key);
  await editor().waitFor({ state: 'detached' });
}

async function createProject(): Promise<string> {
  const name = `Sheet ${Date.now().toString(36)}`;
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const projectId = /\/projects\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!projectId) throw new Error(`no project id in ${page.url()}`);
  return projectId;
}

async function tasksOf(projectId: string): Promise<Task[]> {
  const response = await page.request.get(`${baseUrl}/api/v1/projects/${projectId}/tasks`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: Task[] }).items;
}

const PLAN = [
  ['Design', '3d'],
  ['Build', '1w'],
  ['Test', '2d'],
  ['Review', '4h'],
  ['Launch', '0d'],
] as const;

describe('the task sheet', () => {
  it('takes a plan typed with the keyboard, links it by predecessors, and undoes and redoes', async () => {
    const projectId = await createProject();

    // Five tasks typed into the blank last row: name, Tab, duration, Enter.
    await sheet().locator('tr[data-row-key="new"] td[data-column="2"]').click();
    for (const [index, [name, duration]] of PLAN.entries()) {
      await typeInto(name, 'Tab');
      await cell(index + 1, NAME)
        .getByText(name)
        .waitFor();
      await typeInto(duration);
      await expect.poll(() => text(cell(index + 1, DURATION))).toBe(duration);
      // Enter went down to the blank row's duration: back to its name column.
      await page.keyboard.press('Home');
    }
    expect((await tasksOf(projectId)).map((task) => task.name)).toEqual(PLAN.map(([name]) => name));
    const unlinked = await text(cell(2, START));
    // Unlinked, every task starts with the project.
    expect(await text(cell(5, START))).toBe(unlinked);
    expect(await row(5).getByRole('img', { name: 'Milestone' }).count()).toBe(1);

    // Predecessors typed in MS Project notation: 2 follows 1, 3 follows 2 a day later, …
    await cell(2, NAME).click();
    // name → duration → start → finish → predecessors
    for (let column = NAME; column < PREDECESSORS; column += 1) await page.keyboard.press('ArrowRight');
    for (const notation of ['1', '2FS+1d', '3', '4']) await typeInto(notation);
    await expect.poll(() => text(cell(3, PREDECESSORS))).toBe('2FS+1d');
    await expect.poll(() => text(cell(2, START))).not.toBe(unlinked);

    const tasks = await tasksOf(projectId);
    const [design, build, test, review, launch] = tasks;
    expect(build.start >= design.finish).toBe(true);
    expect(test.start > build.finish).toBe(true);
    expect(launch.start >= review.finish).toBe(true);
    // The sheet shows the rescheduled dates without a reload.
    await expect.poll(() => text(cell(5, START))).not.toBe(unlinked);

    // One chain: every task is critical, and the sheet marks each one.
    for (const n of [1, 2, 3, 4, 5]) {
      await row(n).getByRole('img', { name: 'Critical' }).waitFor();
      expect(await row(n).getAttribute('data-critical')).toBe('true');
    }

    // Undo and redo a duration change through the API: the successors move back and forth.
    const buildStart = await text(cell(2, START));
    await cell(1, DURATION).click();
    await typeInto('5d');
    await expect.poll(() => text(cell(2, START))).not.toBe(buildStart);
    const movedStart = await text(cell(2, START));
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(cell(1, DURATION))).toBe('3d');
    await expect.poll(() => text(cell(2, START))).toBe(buildStart);
    expect((await tasksOf(projectId))[0].duration).toBe(3 * 480);
    await page.keyboard.press('Control+y');
    await expect.poll(() => text(cell(1, DURATION))).toBe('5d');
    await expect.poll(() => text(cell(2, START))).toBe(movedStart);

    // A bad entry is refused in the cell with the reason, and Escape gives the value back.
    await cell(3, PREDECESSORS).click();
    await page.keyboard.press('Enter');
    await editor().fill('3');
    await page.keyboard.press('Enter');
    await sheet().getByRole('alert').getByText('A task cannot be its own predecessor (row 3)').waitFor();
    // The message lies over the rows below it, not under them.
    expect(await page.evaluate(messageOnTop)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await text(cell(3, PREDECESSORS))).toBe('2FS+1d');

    // A refused entry stays open when a click moves to a cell far left, and the pane shifts back
    // to it: the editor's column is still drawn, and it keeps the text and the keyboard. (In a
    // pane two steps wider than the default, the name cell shows a sliver beside Predecessors.)
    const splitter = page.getByRole('separator', { name: 'Resize the task sheet' });
    await splitter.press('ArrowRight');
    await splitter.press('ArrowRight');
    await cell(3, PREDECESSORS).click();
    // back to the name and right again: the pane shifts the least that shows Predecessors
    await page.keyboard.press('Home');
    for (let column = NAME; column < PREDECESSORS; column += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await editor().fill('3');
    const pane = await page.getByTestId('gantt-sheet-pane').boundingBox();
    const name = await cell(3, NAME).boundingBox();
    if (!pane || !name) throw new Error('no sheet pane or name cell on the page');
    expect(name.x).toBeLessThan(pane.x);
    expect(name.x + name.width).toBeGreaterThan(pane.x + 10);
    await page.mouse.click(pane.x + 5, name.y + name.height / 2);
    await sheet().getByRole('alert').getByText('A task cannot be its own predecessor (row 3)').waitFor();
    await expect.poll(() => editor().count()).toBe(1);
    expect(await editor().inputValue()).toBe('3');
    await page.keyboard.press('Escape');
    await editor().waitFor({ state: 'detached' });
    // the name is active now: back right to Predecessors, which kept its value
    for (let column = NAME; column < PREDECESSORS; column += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => text(cell(3, PREDECESSORS))).toBe('2FS+1d');

    // A refused new task: the message under the blank last row shows whole, though the pane ends
    // with the sheet.
    await page.keyboard.press('Home');
    for (let n = 3; n <= 5; n += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.type('x');
    await editor().fill('x'.repeat(501));
    await page.keyboard.press('Enter');
    await sheet()
      .getByRole('alert')
      .getByText(/at most 500 characters/)
      .waitFor();
    expect(await page.evaluate(messageOnTop)).toBe(true);
    await page.keyboard.press('Escape');
    expect((await tasksOf(projectId)).length).toBe(5);
  });

  it('shows conflicting edits: reapplies mine on their version, or keeps theirs', async () => {
    const projectId = await createProject();
    await sheet().locator('tr[data-row-key="new"] td[data-column="2"]').click();
    await typeInto('Kick-off');
    await cell(1, NAME).getByText('Kick-off').waitFor();
    const [task] = await tasksOf(projectId);

    // I start renaming; meanwhile someone renames the task on the version I read.
    await cell(1, NAME).click();
    await page.keyboard.press('Enter');
    await editor().fill('Kick-off workshop');
    const session = await page.request.get(`${baseUrl}/api/v1/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const theirs = await page.request.patch(`${baseUrl}/api/v1/tasks/${task.id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { version: task.version, name: 'Kick-off meeting' },
    });
    expect(theirs.status()).toBe(200);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Someone changed this task' });
    await dialog.waitFor();
    const nameRow = dialog.locator('tr[data-field="name"]');
    expect(await text(nameRow.locator('[data-side="theirs"]'))).toBe('Kick-off meeting');
    expect(await text(nameRow.locator('[data-side="yours"]'))).toBe('Kick-off workshop');
    // Until I choose, the sheet shows what is saved (theirs) and marks the task.
    await expect.poll(() => text(cell(1, NAME))).toBe('Kick-off meeting');
    await row(1).getByRole('img', { name: 'Conflicting edit' }).waitFor();

    await dialog.getByRole('button', { name: 'Reapply my change' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => text(cell(1, NAME))).toBe('Kick-off workshop');
    const [saved] = await tasksOf(projectId);
    expect(saved.name).toBe('Kick-off workshop');
    expect(saved.version).toBe(task.version + 2);

    // A second conflict, on the duration: this time I keep theirs.
    await cell(1, DURATION).click();
    await sheet().locator('td[data-active="true"][data-column="3"]').waitFor();
    await page.keyboard.type('4');
    await editor().waitFor();
    await page.keyboard.type('d');
    const second = await page.request.patch(`${baseUrl}/api/v1/tasks/${task.id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { version: saved.version, duration: 2 * 480, durationUnit: 'd' },
    });
    expect(second.status()).toBe(200);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const durationRow = dialog.locator('tr[data-field="duration"]');
    expect(await text(durationRow.locator('[data-side="theirs"]'))).toBe('2d');
    expect(await text(durationRow.locator('[data-side="yours"]'))).toBe('4d');
    await dialog.getByRole('button', { name: 'Discard mine' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => text(cell(1, DURATION))).toBe('2d');
    const [kept] = await tasksOf(projectId);
    expect(kept.duration).toBe(2 * 480);
    expect(kept.name).toBe('Kick-off workshop');
  });

  it('inserts, indents, outdents, moves and deletes tasks from the keyboard', async () => {
    const projectId = await createProject();
    await sheet().locator('tr[data-row-key="new"] td[data-column="2"]').click();
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      await typeInto(name);
      await sheet().getByText(name).waitFor();
    }
    const names = async () => (await tasksOf(projectId)).map((task) => `${task.wbs} ${task.name}`);

    // Beta under Alpha: Alpha becomes a summary with a collapse toggle.
    await cell(2, NAME).click();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await row(1).getByRole('button', { name: 'Collapse Alpha' }).waitFor();
    await expect.poll(names).toEqual(['1 Alpha', '1.1 Beta', '2 Gamma']);
    // and back out, then above Alpha
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(names).toEqual(['1 Alpha', '2 Beta', '3 Gamma']);
    await row(1).getByRole('button', { name: 'Collapse Alpha' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(names).toEqual(['1 Beta', '2 Alpha', '3 Gamma']);
    await expect.poll(() => text(cell(1, NAME))).toBe('Beta');

    // Insert adds a task above the active row; Delete removes it, Ctrl+Z brings it back.
    await cell(3, NAME).click();
    await page.keyboard.press('Insert');
    await expect.poll(names).toEqual(['1 Beta', '2 Alpha', '3 New task', '4 Gamma']);
    await cell(3, NAME).getByText('New task').waitFor();
    await page.keyboard.press('Delete');
    await expect.poll(names).toEqual(['1 Beta', '2 Alpha', '3 Gamma']);
    await expect.poll(() => text(cell(3, NAME))).toBe('Gamma');
    await page.keyboard.press('Control+z');
    await expect.poll(names).toEqual(['1 Beta', '2 Alpha', '3 New task', '4 Gamma']);
    await expect.poll(() => text(cell(3, NAME))).toBe('New task');
    // Undo again takes the insert back; redo puts it in again.
    await page.keyboard.press('Control+z');
    await expect.poll(names).toEqual(['1 Beta', '2 Alpha', '3 Gamma']);
    await expect.poll(() => text(cell(3, NAME))).toBe('Gamma');
    await page.keyboard.press('Control+y');
    await expect.poll(names).toEqual(['1 Beta', '2 Alpha', '3 New task', '4 Gamma']);
  });
});
