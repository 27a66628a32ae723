import { TASK_ROW_HEIGHT } from './row-metrics';
import { columnLeft, SHEET_WIDTH } from './sheet-columns';

/** A message's widest, px (longer texts wrap). */
export const MESSAGE_MAX_WIDTH = 360;
/** Space kept between a message and the pane's edges, px. */
const MARGIN = 4;
/**
 * Room kept under the blank last row, px: the pane clips the sheet at its height, and a message
 * under the blank row or the last tasks (three lines of a long one) must show whole.
 */
export const MESSAGE_ROOM = 3 * TASK_ROW_HEIGHT;
/** Below this room right of its cell, a message grows leftwards from the pane's right edge, px. */
const MIN_ROOM = 200;

/**
 * Where a message under a cell goes, in the row's coordinates (px; `right` counts from the row's
 * right end): from the cell's left edge when there is room for it before the pane's right edge,
 * else against that edge, growing leftwards; never outside what the pane shows. The pane clips
 * the sheet, so a message placed only by its cell was cut off under the rightmost columns.
 */
export type MessagePlace =
  | { readonly left: number; readonly maxWidth: number }
  | { readonly right: number; readonly maxWidth: number };

/**
 * The place of a message under cell `column` of a sheet shifted `offset` px left in a pane
 * `paneWidth` px wide (0: not measured, as wide as the sheet).
 */
export function messagePlace(column: number, offset: number, paneWidth: number): MessagePlace {
  const shown = paneWidth > 0 ? paneWidth : SHEET_WIDTH;
  const visibleLeft = offset + MARGIN;
  const visibleRight = Math.min(SHEET_WIDTH, offset + shown) - MARGIN;
  const widest = Math.max(0, Math.min(MESSAGE_MAX_WIDTH, visibleRight - visibleLeft));
  const left = Math.max(visibleLeft, columnLeft(column));
  const room = visibleRight - left;
  if (room >= Math.min(MIN_ROOM, widest)) return { left, maxWidth: Math.min(widest, room) };
  return { right: SHEET_WIDTH - visibleRight, maxWidth: widest };
}
