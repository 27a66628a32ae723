import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './bench-gantt-browser';
import { barPath, measureScrolling } from './bench-gantt-scroll';

const ROW = 30;
const HEADER = 40;
const PANE = 200;

/**
 * A stand-in for the Gantt with the parts the bench reads: a scroller 800 × 430 px, a 40 px time
 * scale stuck to its top, a 200 px pane stuck to its left (the splitter's right edge is where the
 * timeline's view starts) and one 100 px bar per 30 px row, each row's bar `stairs` px right of
 * the one above (a plan going later as it goes down); a summary-like bar `long` px wide every 50
 * rows. `firstBarAt` moves every bar right.
 */
function standIn(rows: number, stairs: number, long: number, firstBarAt = 0): string {
  const bars: string[] = [];
  for (let i = 0; i < rows; i++) {
    const width = i % 50 === 0 ? long : 100;
    bars.push(
      `<div data-testid="gantt-bar" style="position:absolute;top:${HEADER + i * ROW + 8}px;left:${PANE + firstBarAt + stairs * i}px;width:${width}px;height:14px;background:#36c"></div>`,
    );
  }
  return `<!doctype html><body style="margin:0">
    <div data-testid="gantt-scroller" style="position:relative;width:800px;height:430px;overflow:auto;scrollbar-width:none">
      <div style="position:relative;width:40000px;height:${HEADER + rows * ROW}px">
        <div data-testid="gantt-scale" style="position:sticky;top:0;z-index:2;height:${HEADER}px;background:#eee"></div>
        <div role="separator" style="position:sticky;left:0;width:${PANE}px;height:1px"></div>
        ${bars.join('')}
      </div>
    </div></body>`;
}

/** Rows in view and, of them, bars in view at a scroll position: counted from the geometry. */
async function seenAt(page: Page, top: number, left: number): Promise<{ rows: number; bars: number }> {
  return (await page.evaluate(`(() => {
    const el = document.querySelector('[data-testid="gantt-scroller"]');
    el.scrollTop = ${top};
    el.scrollLeft = ${left};
    let rows = 0;
    let bars = 0;
    for (const bar of el.querySelectorAll('[data-testid="gantt-bar"]')) {
      const y = bar.offsetTop - el.scrollTop;
      if (y + 14 <= ${HEADER} || y >= el.clientHeight) continue;
      rows += 1;
      const x = bar.offsetLeft - el.scrollLeft;
      if (x + bar.offsetWidth > ${PANE} && x < el.clientWidth) bars += 1;
    }
    return { rows, bars };
  })()`)) as { rows: number; bars: number };
}

describe('bench gantt: scrolling along the bars (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows a plan whose bars go right as it goes down, and keeps them filling the view', async () => {
    await page.setContent(standIn(400, 40, 2000));
    const path = await barPath(page, 6000);
    // The bars leave a view of 600 px after ~15 rows: the path has to move across many times.
    expect(path.segments.length).toBeGreaterThan(3);
    expect(path.length).toBeGreaterThanOrEqual(6000);
    let previous = -1;
    for (const segment of path.segments) {
      expect(segment.from).toBeGreaterThanOrEqual(previous);
      expect(segment.to).toBeGreaterThan(segment.from);
      previous = segment.to;
      for (let top = segment.from; top <= segment.to; top += 50) {
        const seen = await seenAt(page, top, segment.left);
        expect(seen.bars * 2, `at ${top} px down, ${segment.left} px across`).toBeGreaterThanOrEqual(
          seen.rows,
        );
      }
    }
    // Without following them, the bars leave the view.
    const last = path.segments.at(-1);
    if (!last) throw new Error('no segment');
    const unfollowed = await seenAt(page, last.to, path.segments[0].left);
    expect(unfollowed.bars * 2).toBeLessThan(unfollowed.rows);
  });

  it('scrolls one stretch when the bars stay in view', async () => {
    await page.setContent(standIn(400, 0, 100));
    const path = await barPath(page, 3000);
    expect(path.segments).toHaveLength(1);
    expect(path.segments[0].from).toBe(0);
    expect(path.segments[0].to).toBeGreaterThanOrEqual(3000);
  });

  it('moves across to bars right of the view, and names what is wrong without bars', async () => {
    await page.setContent(standIn(400, 0, 100, 30000));
    const path = await barPath(page, 3000);
    expect(path.segments[0].left).toBeGreaterThan(29000);
    await page.setContent(standIn(0, 0, 100));
    await expect(barPath(page, 3000)).rejects.toThrow(/bars do not fill the Gantt at the top of the plan/);
  });

  it('times the scroll along the path and ends on its last stretch', async () => {
    await page.setContent(standIn(400, 40, 2000));
    const path = await barPath(page, 3000);
    const stats = await measureScrolling(page, 'y', 5000, 64, path.segments);
    const end = (await page.evaluate(`(() => {
      const el = document.querySelector('[data-testid="gantt-scroller"]');
      return { top: el.scrollTop, left: el.scrollLeft };
    })()`)) as { top: number; left: number };
    const last = path.segments.at(-1);
    if (!last) throw new Error('no segment');
    expect(end.left).toBe(last.left);
    expect(end.top).toBeGreaterThanOrEqual(last.from);
    expect(end.top).toBeLessThanOrEqual(last.to);
    // One frame a 64 px step, less the two left out after each move across (and the last step).
    const steps = path.segments.reduce(
      (sum, segment) => sum + Math.floor((segment.to - segment.from) / 64) + 1,
      0,
    );
    expect(stats.frames).toBeGreaterThanOrEqual(steps - 2 * path.segments.length - 2);
    expect(stats.frames).toBeLessThanOrEqual(steps + 2);
  });
});
