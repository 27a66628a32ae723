import { type RefObject, useEffect, useState } from 'react';
import { SHEET_COLUMNS, SHEET_WIDTH } from './sheet-columns';

/**
 * How far, px, the sheet's columns shift left so the active column shows in a pane narrower than
 * the sheet (the Gantt's pane clips it; its scroll container only scrolls vertically for the
 * sheet, which stays sticky on the left).
 */
export function useHorizontalReveal(rootRef: RefObject<HTMLDivElement | null>, column: number): number {
  const [paneWidth, setPaneWidth] = useState(SHEET_WIDTH);
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setPaneWidth(element.clientWidth));
    observer.observe(element);
    setPaneWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [rootRef]);

  useEffect(() => {
    let left = 0;
    for (let i = 0; i < column; i += 1) left += SHEET_COLUMNS[i].width;
    const right = left + (SHEET_COLUMNS[column]?.width ?? 0);
    setOffset((current) => {
      const max = Math.max(0, SHEET_WIDTH - paneWidth);
      let next = current;
      if (right - next > paneWidth) next = right - paneWidth;
      if (left < next) next = left;
      return Math.max(0, Math.min(max, next));
    });
  }, [column, paneWidth]);

  return offset;
}
