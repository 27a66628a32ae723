import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';
import { columnLeft, SHEET_COLUMNS, SHEET_WIDTH } from './sheet-columns';

export interface HorizontalReveal {
  /** How far, px, the sheet's columns shift left so that the active column shows. */
  readonly offset: number;
  /** How many leading columns reach into the pane: the rows render only these. */
  readonly columns: number;
  /** The pane's width, px. */
  readonly paneWidth: number;
}

/**
 * How many leading columns of the sheet, shifted `offset` px left, reach into a pane `paneWidth`
 * px wide. Cells right of the pane are clipped, so rows leave them out: in the Gantt's default
 * 440 px pane that is four of nine cells per row, the costliest texts (finish, predecessors,
 * resources) among them, and every row a scroll brings in renders, lays out and paints fewer.
 * An unknown width (0: not laid out yet, or no layout at all) shows every column.
 */
export function columnsShown(offset: number, paneWidth: number): number {
  if (!(paneWidth > 0)) return SHEET_COLUMNS.length;
  let left = 0;
  let count = 0;
  for (const column of SHEET_COLUMNS) {
    if (left >= offset + paneWidth) break;
    left += column.width;
    count += 1;
  }
  return count;
}

/**
 * The horizontal view of the sheet in a pane narrower than the sheet (the Gantt's pane clips it;
 * its scroll container only scrolls vertically for the sheet, which stays sticky on the left):
 * the shift that shows the active column, and the columns that reach into the pane.
 */
export function useHorizontalReveal(
  rootRef: RefObject<HTMLDivElement | null>,
  column: number,
): HorizontalReveal {
  const [paneWidth, setPaneWidth] = useState(SHEET_WIDTH);
  const [offset, setOffset] = useState(0);

  // measured before the first paint: rows are not drawn with every column and then redrawn
  useLayoutEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setPaneWidth(element.clientWidth));
    observer.observe(element);
    setPaneWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [rootRef]);

  useEffect(() => {
    const left = columnLeft(column);
    const right = left + (SHEET_COLUMNS[column]?.width ?? 0);
    setOffset((current) => {
      const max = Math.max(0, SHEET_WIDTH - paneWidth);
      let next = current;
      if (right - next > paneWidth) next = right - paneWidth;
      if (left < next) next = left;
      return Math.max(0, Math.min(max, next));
    });
  }, [column, paneWidth]);

  return { offset, columns: columnsShown(offset, paneWidth), paneWidth };
}
