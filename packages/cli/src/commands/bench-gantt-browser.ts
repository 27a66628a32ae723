import { SESSION_COOKIE } from '@tandem/api';
import type { Browser, Page } from 'playwright-core';
import { type PathSegment, scrollLoop } from './bench-gantt-scroll';
import type { CpuProfile } from './bench-gantt-trace';

/** Debian's Chromium, with the flags of packages/web/e2e/browser.ts: the bench never downloads a browser. */
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Frames as fast as Chromium can make them, each one complete: no vsync or 60 Hz cap, and every
 * compositor stage (raster included) done before the frame is drawn. Animation-frame deltas then
 * measure how long a frame takes to produce, which a 60 Hz display hides (every delta is 16.7 ms
 * until a frame is dropped).
 */
const UNTHROTTLED_ARGS = [
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--run-all-compositor-stages-before-draw',
];

/** Launches Debian's Chromium headless; `unthrottled` frames are timed by their own work. */
export async function launchChromium(options: { unthrottled?: boolean } = {}): Promise<Browser> {
  const { existsSync } = await import('node:fs');
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's "chromium" package`);
  const { chromium } = await import('playwright-core');
  const args = options.unthrottled ? [...CHROMIUM_ARGS, ...UNTHROTTLED_ARGS] : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}

// Records, in the page, when the Gantt first shows bars: the frame after the DOM has them, once
// painted (a task after the animation frame runs after the paint).
const FIRST_PAINT_PROBE = `(() => {
  const ready = () => document.querySelectorAll('[data-testid="gantt-bar"]').length >= 10;
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__ganttFirstPaint = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

export interface BenchPage {
  readonly page: Page;
  close(): Promise<void>;
}

/** A 1600×900 page signed in with `sessionToken`, probing the Gantt's first paint on every load. */
export async function openBenchPage(
  browser: Browser,
  baseUrl: string,
  sessionToken: string,
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addCookies([{ name: SESSION_COOKIE, value: sessionToken, url: baseUrl }]);
  await context.addInitScript(FIRST_PAINT_PROBE);
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

/** A first render: when the Gantt was painted, and when the data it needed had arrived (ms). */
export interface FirstRender {
  /** Navigation start → the Gantt painted with its rows. */
  readonly painted: number;
  /** Navigation start → the last of the project, tasks and links answers received. */
  readonly dataReceived: number;
}

/** Times a navigation to the Gantt at `url`, from navigation start to its rows painted. */
export async function measureFirstRender(page: Page, url: string): Promise<FirstRender> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction('window.__ganttFirstPaint !== undefined', undefined, { timeout: 120_000 });
  return (await page.evaluate(`({
    painted: window.__ganttFirstPaint,
    dataReceived: Math.max(0, ...performance.getEntriesByType('resource')
      .filter((e) => {
        const path = new URL(e.name).pathname.split('/');
        return path[3] === 'projects' && (path.length === 5 || path[5] === 'tasks' || path[5] === 'links');
      })
      .map((e) => e.responseEnd)),
  })`)) as FirstRender;
}

export interface EditTiming {
  /** From the key press that commits the edit to the successor's bar moving in the DOM, ms. */
  readonly toMove: number;
  /** …to the frame that shows it painted, ms. */
  readonly toPaint: number;
  /** Duration of the PATCH request as the browser saw it, ms. */
  readonly request: number;
}

/**
 * Focuses the bar of `taskId`, presses Shift+`key` (the Gantt's keyboard resize by one day: a
 * duration edit), and times in the page until the bar of `successorId` has moved and painted.
 */
export async function measureDurationEdit(
  page: Page,
  taskId: string,
  successorId: string,
  key: 'ArrowRight' | 'ArrowLeft',
): Promise<EditTiming> {
  await page.evaluate(`(() => {
    const bar = (id) => document.querySelector('[data-testid="gantt-bar"][data-task-id="' + id + '"]');
    const a = bar(${JSON.stringify(taskId)});
    const b = bar(${JSON.stringify(successorId)});
    if (!a || !b) throw new Error('the edited task or its successor is not on screen');
    performance.clearResourceTimings();
    window.__ganttEdit = new Promise((resolve, reject) => {
      let pressed = 0;
      document.addEventListener('keydown', (event) => { pressed = event.timeStamp; }, { capture: true, once: true });
      const before = b.style.left;
      const observer = new MutationObserver(() => {
        if (b.style.left === before) return;
        observer.disconnect();
        const moved = performance.now();
        requestAnimationFrame(() => setTimeout(() => {
          const patch = performance.getEntriesByType('resource').filter((e) => e.name.includes('/tasks/')).pop();
          resolve({ toMove: moved - pressed, toPaint: performance.now() - pressed, request: patch ? patch.duration : NaN });
        }, 0));
      });
      observer.observe(b, { attributes: true, attributeFilter: ['style'] });
      setTimeout(() => { observer.disconnect(); reject(new Error('the successor did not move within 15 s')); }, 15000);
    });
    a.focus();
  })()`);
  await page.keyboard.press(`Shift+${key}`);
  return (await page.evaluate('window.__ganttEdit')) as EditTiming;
}

/** A traced scroll: the Chromium trace, and React-visible DOM work counted in the page per frame. */
export interface TracedScroll {
  /** The raw trace (Trace Event Format JSON), for DevTools' Performance panel. */
  readonly trace: Buffer;
  /** The V8 CPU profile of the scroll (`.cpuprofile` JSON, sampled every 200 µs). */
  readonly cpuProfile: CpuProfile;
  /** Per frame: mutation-observer deliveries (≈ React commits) and elements added. */
  readonly commits: readonly number[];
  readonly added: readonly number[];
}

/**
 * The scroll of `measureScrolling`, recorded by Chromium tracing with `categories`, and with a
 * mutation observer counting, per animation frame, DOM commits and elements added under the
 * scroller. A diagnostic: the observer and the tracing cost time, so its frames are not timed.
 */
export async function traceScrolling(
  browser: Browser,
  page: Page,
  axis: 'x' | 'y',
  ms: number,
  step: number,
  categories: readonly string[],
  path?: readonly PathSegment[],
): Promise<TracedScroll> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { categories: [...categories] });
  await cdp.send('Profiler.start');
  const counted = (await page
    .evaluate(`(async () => {
      const el = document.querySelector('[data-testid="gantt-scroller"]');
      if (!el) throw new Error('no Gantt scroller on the page');
      el.scrollTop = 0;
      el.scrollLeft = ${axis === 'x' ? 0 : 'el.scrollLeft'};
      const commits = [];
      const added = [];
      let frame = -1;
      const observer = new MutationObserver((records) => {
        if (frame < 0) return;
        commits[frame] = (commits[frame] ?? 0) + 1;
        for (const record of records) added[frame] = (added[frame] ?? 0) + record.addedNodes.length;
      });
      observer.observe(el, { childList: true, subtree: true, attributes: true, characterData: true });
      ${scrollLoop(axis, ms, step, 'frame++; commits[frame] = commits[frame] ?? 0; added[frame] = added[frame] ?? 0', path)}
      observer.disconnect();
      return { commits, added };
    })()`)
    .catch(async (error: unknown) => {
      // A browser left tracing refuses the next startTracing.
      await browser.stopTracing();
      await cdp.detach();
      throw error;
    })) as { commits: number[]; added: number[] };
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return { trace: await browser.stopTracing(), cpuProfile: profile as CpuProfile, ...counted };
}
