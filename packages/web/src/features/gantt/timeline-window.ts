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

/**
 * Rows rendered at least beyond each edge of the view: two frames of fast scrolling (64 px each).
 * Tried: 10 rows, so that a chunk's rows lie more than a raster tile (256 px in Chromium's software
 * raster) from the view. A chunk's frame then no longer waited for their raster (traced: commit to
 * activation p95 1.6–1.8 → 1.35–1.5 ms), but the window's 64 rows instead of 48 cost as much
 * main-thread time (+0.2–0.3 ms a frame): no better in wall-clock time in 8 alternated runs
 * (measured with 16-row chunks).
 */
export const ROW_OVERSCAN = 4;
/**
 * The window's edges move by whole chunks of rows. Every window change costs a fixed share (React
 * rendering the list, Chromium restyling, repainting and re-layerizing the page) besides the rows
 * it brings in, so a chunk trades how often a frame does row work against how much. When rows were
 * created and removed, moving by 2 rows every frame measured p95 57–91 ms a frame (uncapped, 64 px
 * a frame), 16 rows p95 35–48 ms. With the rows' elements reused (see `rowsBySlot`), 16 rows still
 * made the slowest frames: 16 rows of one pane in one frame, every 4 frames at 64 px a frame.
 * 6 rows (192 px) spread that work: at 64 px a frame the sheet and the timeline (half a chunk,
 * 96 px, out of phase) each change every third frame, never in the same frame, and one frame in
 * three does no row work, so the compositor catches up. Alternated on the 10,000-task bench (one
 * hour, load 1.4–2.6): vertical p95 11.4–12.2 ms in 5 runs against 13.3–25.2 in 7 with 16 rows
 * (over the first 190 frames, where bars fill the timeline: 12.4–14.5 against 17.7–28.1); 8 rows
 * 11.0–14.7 (9 runs), 4 rows (a change in every frame) 11.1–15.1 (5), 2 rows 13.2–15.1 (2).
 */
export const ROW_CHUNK = 6;

/** The timeline's rows are windowed half a chunk out of phase with the sheet's. */
export const TIMELINE_ROW_PHASE = Math.floor(ROW_CHUNK / 2);

/**
 * The rows to render (inclusive indexes) for a scroller at `scrollTop` px whose viewport is
 * `viewHeight` px tall, of which a sticky header takes `headerHeight` px, over `count` rows of
 * `rowHeight` px: the rows in view plus at least `overscan` rows each side, starting at an edge
 * `phase + k × chunk`, within `0`..`count - 1` (`last < first` when there are none). Two windows
 * of different phases change on different frames.
 *
 * Away from the ends the window always spans `slots` rows, a whole number of chunks that only the
 * viewport's height sets: crossing a chunk drops `chunk` rows on one side and takes as many on the
 * other, so the rows that leave hand their slots (`index % slots`) to the rows that come in.
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
  if (!(rowHeight > 0)) throw new RangeError(`rowWindow: rowHeight must be above 0 px, not ${rowHeight}`);
  if (!(Number.isInteger(chunk) && chunk >= 1))
    throw new RangeError(`rowWindow: chunk must be a whole number of rows, not ${chunk}`);
  if (!(Number.isInteger(phase) && phase >= 0 && phase < chunk))
    throw new RangeError(
      `rowWindow: phase must be a whole number of rows within 0..${chunk - 1}, not ${phase}`,
    );
  const viewRows = Math.ceil(Math.max(0, viewHeight - headerHeight) / rowHeight);
  // The rows partly in view number at most `viewRows + 1`; the start lies up to `chunk - 1` rows
  // above the overscan: the span that covers both, in whole chunks.
  const slots = Math.ceil((viewRows + 2 * overscan + chunk) / chunk) * chunk;
  if (count <= 0) return { first: 0, last: -1, slots };
  const firstInView = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.floor((firstInView - overscan - phase) / chunk) * chunk + phase;
  const last = Math.min(count - 1, start + slots - 1);
  const first = Math.min(last, Math.max(0, start));
  return { first, last, slots };
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
