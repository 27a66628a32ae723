/** Pixels the drawn window of the timeline extends in chunks, so scrolling re-renders rarely. */
export const WINDOW_CHUNK = 512;

/** The drawn pixels of the timeline: visible pixels widened to whole chunks plus one each side. */
export interface TimelineWindow {
  readonly fromX: number;
  readonly toX: number;
}

/**
 * The drawn window for a timeline scrolled to `scrollLeft` (px) with `viewWidth` px visible:
 * aligned to `WINDOW_CHUNK` so that it changes only when scrolling crosses a chunk, and never
 * past `0`..`width`.
 */
export function timelineWindow(scrollLeft: number, viewWidth: number, width: number): TimelineWindow {
  const fromX = Math.max(0, (Math.floor(scrollLeft / WINDOW_CHUNK) - 1) * WINDOW_CHUNK);
  const toX = Math.min(
    width,
    (Math.ceil((scrollLeft + Math.max(0, viewWidth)) / WINDOW_CHUNK) + 1) * WINDOW_CHUNK,
  );
  return { fromX, toX: Math.max(fromX, toX) };
}

/** Rows the rendered range grows by at a time, so scrolling re-renders every few rows only. */
export const ROW_CHUNK = 8;

/**
 * The rows to render for the virtualiser's `items` (inclusive range): widened to whole chunks of
 * `ROW_CHUNK` rows plus one chunk each side, within `0`..`count - 1`; (-1, -2) when empty.
 */
export function rowRange(
  items: readonly { readonly index: number }[],
  count: number,
): { first: number; last: number } {
  if (items.length === 0 || count === 0) return { first: -1, last: -2 };
  const first = Math.max(0, (Math.floor(items[0].index / ROW_CHUNK) - 1) * ROW_CHUNK);
  const last = Math.min(
    count - 1,
    (Math.floor(items[items.length - 1].index / ROW_CHUNK) + 2) * ROW_CHUNK - 1,
  );
  return { first, last };
}
