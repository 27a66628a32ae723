import type { RowWindow } from '../task-sheet/window-store';

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

/** Rows rendered at least beyond each edge of the view: two frames of fast scrolling (64 px each). */
export const ROW_OVERSCAN = 4;
/**
 * The window's edges move by whole chunks of rows. Every window change costs a fixed share (React
 * reconciling the lists, Chromium repainting and re-layerizing the pane) besides the rows it
 * brings in: at 64 px a frame, moving the window by 2 rows every frame measured p50 17–19 ms /
 * p95 57–91 ms a frame (uncapped), 16 rows every 8 frames p50 3–5 ms / p95 35–48 ms (same load).
 */
export const ROW_CHUNK = 16;

/**
 * The rows to render (inclusive indexes) for a scroller at `scrollTop` px whose viewport is
 * `viewHeight` px tall, of which a sticky header takes `headerHeight` px, over `count` rows of
 * `rowHeight` px: the rows in view plus at least `overscan` rows each side, widened to edges at
 * `phase + k × chunk`, within `0`..`count - 1` (`last < first` when there are none). Two windows
 * of different phases change on different frames.
 */
export function rowWindow(
  scrollTop: number,
  viewHeight: number,
  headerHeight: number,
  rowHeight: number,
  count: number,
  options: { readonly overscan?: number; readonly chunk?: number; readonly phase?: number } = {},
): RowWindow {
  const { overscan = ROW_OVERSCAN, chunk = ROW_CHUNK, phase = 0 } = options;
  if (count <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop);
  const bottom = top + Math.max(0, viewHeight - headerHeight);
  const lastInView = Math.max(0, Math.ceil(bottom / rowHeight) - 1);
  const firstInView = Math.floor(top / rowHeight);
  const last = Math.min(
    count - 1,
    (Math.floor((lastInView + overscan - phase) / chunk) + 1) * chunk + phase - 1,
  );
  const first = Math.min(
    last,
    Math.max(0, Math.floor((firstInView - overscan - phase) / chunk) * chunk + phase),
  );
  return { first, last };
}

/**
 * The `scrollTop` (px) that shows row `index` whole below a sticky header of `headerHeight` px,
 * moving as little as possible: `scrollTop` itself when the row is already in view.
 */
export function scrollTopRevealing(
  index: number,
  scrollTop: number,
  viewHeight: number,
  headerHeight: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  const visible = Math.max(rowHeight, viewHeight - headerHeight);
  if (top + rowHeight > scrollTop + visible) return top + rowHeight - visible;
  return scrollTop;
}
