import { describe, expect, it } from 'vitest';
import { LINK_STUB, linkCrossesRows, pathData, routeLink } from './link-routing';

const row = 32;
const pred = { left: 100, right: 200, y: 16 };

describe('routeLink', () => {
  it('routes finish-to-start down and into the successor start when there is room', () => {
    const points = routeLink('FS', pred, { left: 260, right: 300, y: 48 }, row);
    expect(points).toEqual([
      { x: 200, y: 16 },
      { x: 200 + LINK_STUB, y: 16 },
      { x: 200 + LINK_STUB, y: 48 },
      { x: 260, y: 48 },
    ]);
  });
  it('jogs between the rows when the successor starts before the predecessor finishes', () => {
    const points = routeLink('FS', pred, { left: 150, right: 300, y: 80 }, row);
    expect(points).toHaveLength(6);
    expect(points[2]).toEqual({ x: 208, y: 32 });
    expect(points[3]).toEqual({ x: 150 - LINK_STUB, y: 32 });
    expect(points.at(-1)).toEqual({ x: 150, y: 80 });
    // Every segment is horizontal or vertical.
    for (let i = 1; i < points.length; i++) {
      expect(points[i].x === points[i - 1].x || points[i].y === points[i - 1].y).toBe(true);
    }
  });
  it('enters from the left for SS and from the right for FF, tipping at the right end', () => {
    const succ = { left: 120, right: 180, y: 48 };
    const ss = routeLink('SS', pred, succ, row);
    expect(ss[1].x).toBe(100 - LINK_STUB);
    expect(ss.at(-1)).toEqual({ x: 120, y: 48 });
    const ff = routeLink('FF', pred, succ, row);
    expect(ff[1].x).toBe(200 + LINK_STUB);
    expect(ff.at(-1)).toEqual({ x: 180, y: 48 });
  });
  it('runs start-to-finish from the predecessor start to the successor finish', () => {
    const sf = routeLink('SF', pred, { left: 20, right: 60, y: 48 }, row);
    expect(sf[0]).toEqual({ x: 100, y: 16 });
    expect(sf.at(-1)).toEqual({ x: 60, y: 48 });
    const back = routeLink('SF', pred, { left: 20, right: 150, y: 48 }, row);
    expect(back).toHaveLength(6);
    expect(back.at(-1)).toEqual({ x: 150, y: 48 });
  });
  it('turns upwards for a successor above its predecessor', () => {
    const points = routeLink('FS', { left: 100, right: 200, y: 80 }, { left: 50, right: 90, y: 16 }, row);
    expect(points[2].y).toBe(64);
  });
});

describe('link helpers', () => {
  it('writes SVG path data', () => {
    expect(
      pathData([
        { x: 1.2, y: 2 },
        { x: 10.76, y: 2 },
      ]),
    ).toBe('M1 2 L11 2');
  });
  it('keeps links with an end in the window or passing through it', () => {
    expect(linkCrossesRows(3, 50, 10, 20)).toBe(true);
    expect(linkCrossesRows(12, 12, 10, 20)).toBe(true);
    expect(linkCrossesRows(30, 40, 10, 20)).toBe(false);
  });
});
