import type { Page } from 'playwright-core';
import { type FrameStats, frameStats } from './bench-gantt-stats';

/** A stretch of a vertical scroll path: from `from` to `to` px down, at `left` px across. */
export interface PathSegment {
  readonly from: number;
  readonly to: number;
  readonly left: number;
}

/**
 * The page-side loop of a measured scroll (a script fragment): from the start, `step` px further
 * along `axis` each animation frame, for `ms` milliseconds or until the scroller's end. `onFrame`
 * (a JS expression of `now` and `delta`) sees each frame's requestAnimationFrame delta. The run
 * stops at the end so that it times frames that scroll: past the end a frame has nothing to do
 * (at Days the 44,000 px wide timeline of the 10,000-task plan ends after ~700 frames, within the 3 s).
 *
 * A vertical scroll may follow a `path` instead (see `barPath`): down each segment in turn, and
 * where one ends, across to the next one's horizontal position, ending with the last. That
 * sideways jump (a new time window) is no scroll step: the two frames after it are left out, as
 * the jump to the start is.
 */
export function scrollLoop(
  axis: 'x' | 'y',
  ms: number,
  step: number,
  onFrame: string,
  path?: readonly PathSegment[],
): string {
  if (path && (axis !== 'y' || path.length === 0)) throw new Error('a scroll path is vertical and not empty');
  const position = axis === 'y' ? 'scrollTop' : 'scrollLeft';
  return `
    const max = ${axis === 'y' ? 'el.scrollHeight - el.clientHeight' : 'el.scrollWidth - el.clientWidth'};
    const path = ${path ? JSON.stringify(path) : 'null'};
    let segment = 0;
    let position = path ? path[0].from : 0;
    let skip = 0;
    el.${position} = position;
    if (path) el.scrollLeft = path[0].left;
    // Two frames first: the jump to the start (a new window of rows) is not part of the scroll.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => requestAnimationFrame((first) => {
      let last = first;
      const end = first + ${ms};
      const tick = (now) => {
        const delta = now - last;
        last = now;
        if (skip > 0) skip--;
        else { ${onFrame}; }
        if (now >= end || position >= max) return resolve();
        if (path && position + ${step} > path[segment].to) {
          segment++;
          if (segment === path.length) return resolve();
          position = path[segment].from;
          el.scrollLeft = path[segment].left;
          skip = 2;
        } else position = Math.min(max, position + ${step});
        el.${position} = position;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }));`;
}

/**
 * Scrolls the Gantt programmatically by `step` px each animation frame for `ms` milliseconds (or
 * to its end) along `axis` from its start, or vertically along `path`, and returns the frame-time
 * figures (requestAnimationFrame deltas, ms).
 */
export async function measureScrolling(
  page: Page,
  axis: 'x' | 'y',
  ms: number,
  step: number,
  path?: readonly PathSegment[],
): Promise<FrameStats> {
  const deltas = (await page.evaluate(`(async () => {
    const el = document.querySelector('[data-testid="gantt-scroller"]');
    if (!el) throw new Error('no Gantt scroller on the page');
    el.scrollTop = 0;
    el.scrollLeft = ${axis === 'x' ? 0 : 'el.scrollLeft'};
    const deltas = [];
    ${scrollLoop(axis, ms, step, 'deltas.push(delta)', path)}
    return deltas;
  })()`)) as number[];
  return frameStats(deltas);
}

// A page-side function (a script fragment): of the bars whose rows the Gantt's scroller shows,
// how many meet the part of the timeline it shows, how many rows that is, and how far across (px)
// the view would move to show the most of them.
const COUNT_BARS_IN_VIEW = `(scroller) => {
  const header = document.querySelector('[data-testid="gantt-scale"]');
  const splitter = scroller.querySelector('[role="separator"]');
  if (!header) throw new Error('no Gantt time scale on the page');
  const view = scroller.getBoundingClientRect();
  const left = splitter ? splitter.getBoundingClientRect().right : view.left;
  const top = header.getBoundingClientRect().bottom;
  const boxes = [];
  for (const bar of scroller.querySelectorAll('[data-testid="gantt-bar"]')) {
    const box = bar.getBoundingClientRect();
    if (box.bottom > top && box.top < view.bottom) boxes.push(box);
  }
  const width = view.right - left;
  const inView = (from) => boxes.filter((box) => box.right > from && box.left < from + width).length;
  // Where the view, moved across, would show the most of these bars: starting 16 px before one.
  let shift = NaN;
  let most = 0;
  for (const box of boxes) {
    const shown = inView(box.left - 16);
    if (shown > most || (shown === most && box.left - 16 - left < shift)) {
      most = shown;
      shift = box.left - 16 - left;
    }
  }
  return { rows: boxes.length, bars: inView(left), shift };
}`;

/** Bars whose box meets the part of the timeline the Gantt's scroller shows. */
export async function barsInView(page: Page): Promise<number> {
  return (await page.evaluate(`(() => {
    const scroller = document.querySelector('[data-testid="gantt-scroller"]');
    if (!scroller) throw new Error('no Gantt scroller on the page');
    return (${COUNT_BARS_IN_VIEW})(scroller).bars;
  })()`)) as number;
}

/** A vertical scroll path along which bars fill the timeline's view (see `barPath`). */
export interface BarPath {
  readonly segments: readonly PathSegment[];
  /** px down the path, all segments together. */
  readonly length: number;
}

/**
 * Probes, untimed, a vertical scroll path of up to `length` px down from the Gantt's top, at its
 * present horizontal position, along which at least half of the rows in view show their bar in
 * view. A plan's bars go right (later) as its rows go down, so at a fine scale they soon leave the
 * view: where they no longer fill it, the view moves across to where it shows the most of the
 * rows' bars, as a user following the plan down would, and the path goes on from there (rows
 * whose bars cannot fill the view, e.g. under a long summary, are left out of it). Probes every
 * half view, over at most four times `length`; leaves the page at the top, with the drawings of
 * the rows probed made (load it again for a cold scroll).
 */
export async function barPath(page: Page, length: number): Promise<BarPath> {
  return (await page.evaluate(`(async () => {
    const el = document.querySelector('[data-testid="gantt-scroller"]');
    if (!el) throw new Error('no Gantt scroller on the page');
    const count = ${COUNT_BARS_IN_VIEW};
    const fills = (seen) => seen.rows > 0 && seen.bars * 2 >= seen.rows;
    const max = el.scrollHeight - el.clientHeight;
    const probe = Math.max(1, Math.floor(el.clientHeight / 2));
    const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const segments = [];
    let covered = 0;
    let open = false;
    let from = 0;
    let good = 0;
    let left = el.scrollLeft;
    for (let top = 0; top <= max && top <= 4 * ${length} && covered + (open ? good - from : 0) < ${length}; top += probe) {
      el.scrollTop = top;
      await settle();
      const seen = count(el);
      if (!fills(seen)) {
        if (open && good > from) {
          segments.push({ from, to: good, left });
          covered += good - from;
        }
        open = false;
        if (Number.isNaN(seen.shift)) continue;
        el.scrollLeft = Math.max(0, el.scrollLeft + seen.shift);
        await settle();
        if (!fills(count(el))) continue;
        left = el.scrollLeft;
        // The new stretch starts where the last one ended if the bars fill the view there too:
        // the scroll then moves across without leaving rows out.
        if (good === top - probe) {
          el.scrollTop = good;
          await settle();
          if (fills(count(el))) {
            open = true;
            from = good;
          }
        }
      }
      if (!open) {
        open = true;
        from = top;
      }
      good = top;
    }
    if (open && good > from) {
      segments.push({ from, to: good, left });
      covered += good - from;
    }
    el.scrollTop = 0;
    el.scrollLeft = segments.length > 0 ? segments[0].left : el.scrollLeft;
    await settle();
    if (segments.length === 0) throw new Error('bars do not fill the Gantt at the top of the plan: no path to scroll');
    return { segments, length: covered };
  })()`)) as BarPath;
}

/**
 * Scrolls the Gantt back to its top, zooms it out from Days to Months (two steps) and brings the
 * plan's first bar to the left of the timeline's view. At Days the bars of all but a plan's first
 * few hundred rows lie right of the view (later in time), so a vertical scroll from the top soon
 * crosses an empty timeline; at Months the view spans about a year of the plan, and its bars stay
 * in view for thousands of rows.
 */
export async function zoomOutToMonths(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const el = document.querySelector('[data-testid="gantt-scroller"]');
    if (!el) throw new Error('no Gantt scroller on the page');
    el.scrollTop = 0;
    el.scrollLeft = 0;
  })()`);
  const scale = page.getByTestId('gantt-scale');
  const zoom = await scale.getAttribute('data-zoom');
  if (zoom !== 'days') throw new Error(`the bench zooms out from the Days scale, not from ${zoom}`);
  for (const next of ['weeks', 'months']) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForSelector(`[data-testid="gantt-scale"][data-zoom="${next}"]`);
  }
  // Away from the button: its tooltip would stay open over the scroll.
  await page.mouse.move(0, 0);
  const nextFrames = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';
  await page.evaluate(nextFrames);
  await page.evaluate(`(() => {
    const el = document.querySelector('[data-testid="gantt-scroller"]');
    const bar = el.querySelector('[data-testid="gantt-bar"]');
    const splitter = el.querySelector('[role="separator"]');
    if (!bar || !splitter) throw new Error('no bar or sheet splitter in the Gantt');
    el.scrollLeft += bar.getBoundingClientRect().left - splitter.getBoundingClientRect().right - 16;
  })()`);
  await page.evaluate(nextFrames);
}

/** The paths along the bars at Days from the plan's start and at Months from its first bar. */
export interface BarPaths {
  readonly days: BarPath;
  readonly months: BarPath;
}

/**
 * Probes the bench's two paths along the bars (see `barPath`) on a page showing the Gantt at
 * Days, each up to `length` px; leaves it at Months. The probe draws every row it passes: the
 * timed scrolls run in another page, so that they draw their rows for the first time, as a
 * user's first scroll does.
 */
export async function probeBarPaths(page: Page, length: number): Promise<BarPaths> {
  const days = await barPath(page, length);
  await zoomOutToMonths(page);
  return { days, months: await barPath(page, length) };
}
