import type { LinkType } from '../links/link.types';

/** A bar's box on the timeline for routing: x span and the y of its row's middle, px. */
export interface BarBox {
  readonly left: number;
  readonly right: number;
  readonly y: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Horizontal run out of and into a bar before turning, px. */
export const LINK_STUB = 8;

/**
 * The orthogonal route of a link from predecessor `from` to successor `to`, as MS Project draws
 * it: FS leaves the predecessor's finish and enters the successor's start, SS start→start,
 * FF finish→finish, SF start→finish. `rowHeight` (px) places the jog between rows when the
 * line has to turn back. The last point is the arrow tip.
 */
export function routeLink(type: LinkType, from: BarBox, to: BarBox, rowHeight: number): Point[] {
  const down = to.y >= from.y ? 1 : -1;
  const jogY = from.y + (down * rowHeight) / 2;
  switch (type) {
    case 'FS': {
      const exit = from.right + LINK_STUB;
      if (exit <= to.left - LINK_STUB || (exit <= to.left && from.y !== to.y)) {
        return [pt(from.right, from.y), pt(exit, from.y), pt(exit, to.y), pt(to.left, to.y)];
      }
      const entry = to.left - LINK_STUB;
      return [
        pt(from.right, from.y),
        pt(exit, from.y),
        pt(exit, jogY),
        pt(entry, jogY),
        pt(entry, to.y),
        pt(to.left, to.y),
      ];
    }
    case 'SS': {
      const x = Math.min(from.left, to.left) - LINK_STUB;
      return [pt(from.left, from.y), pt(x, from.y), pt(x, to.y), pt(to.left, to.y)];
    }
    case 'FF': {
      const x = Math.max(from.right, to.right) + LINK_STUB;
      return [pt(from.right, from.y), pt(x, from.y), pt(x, to.y), pt(to.right, to.y)];
    }
    case 'SF': {
      const exit = from.left - LINK_STUB;
      const entry = to.right + LINK_STUB;
      if (entry <= exit) {
        return [pt(from.left, from.y), pt(entry, from.y), pt(entry, to.y), pt(to.right, to.y)];
      }
      return [
        pt(from.left, from.y),
        pt(exit, from.y),
        pt(exit, jogY),
        pt(entry, jogY),
        pt(entry, to.y),
        pt(to.right, to.y),
      ];
    }
  }
}

/** SVG path data (`M … L …`) through `points`, coordinates rounded to half pixels for crisp lines. */
export function pathData(points: readonly Point[]): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x * 2) / 2} ${Math.round(p.y * 2) / 2}`)
    .join(' ');
}

/**
 * Whether a link between rows `a` and `b` (indexes) crosses the visible rows `first`..`last`:
 * a link is drawn when either end is visible or it passes through the window.
 */
export function linkCrossesRows(a: number, b: number, first: number, last: number): boolean {
  return Math.min(a, b) <= last && Math.max(a, b) >= first;
}

function pt(x: number, y: number): Point {
  return { x, y };
}
