import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  createWindowStore,
  type RowWindow,
  sameRowWindow,
  type WindowStore,
} from '../task-sheet/window-store';
import {
  rowWindow,
  scrollTopRevealing,
  TIMELINE_ROW_PHASE,
  type TimelineWindow,
  timelineWindow,
} from './timeline-window';

export interface ScrollWindowsOptions {
  readonly rowCount: number;
  /** px */
  readonly rowHeight: number;
  /** The sticky header over the rows, px. */
  readonly headerHeight: number;
  /** Where the timeline's viewport starts inside the scroller (sheet pane and splitter), px. */
  readonly timelineLeft: number;
  /** Width of the whole timeline, px. */
  readonly timelineWidth: number;
}

export interface ScrollWindows {
  /** The sheet's rows to render; changes when scrolling crosses a chunk of rows. */
  readonly sheetRows: WindowStore<RowWindow>;
  /** The timeline's rows to draw: the same, half a chunk out of phase, so that the sheet and the
   * timeline never both change in one frame while scrolling less than half a chunk a frame. */
  readonly timelineRows: WindowStore<RowWindow>;
  /** The drawn pixels of the timeline; changes when scrolling crosses a chunk. */
  readonly x: WindowStore<TimelineWindow>;
  /** Scrolls the least that shows row `index` whole below the header. */
  scrollRowIntoView(index: number): void;
}

const NO_ROWS: RowWindow = { first: 0, last: -1, slots: 1 };

const sameX = (a: TimelineWindow, b: TimelineWindow) => a.fromX === b.fromX && a.toX === b.toX;

/**
 * The row and timeline windows of one scroll container, as stores: they are read from the
 * scroller once per animation frame (its size from a ResizeObserver, never read while scrolling),
 * so a scroll re-renders only what subscribes to them, inside that frame, with one layout.
 */
export function useScrollWindows(
  scrollerRef: RefObject<HTMLDivElement | null>,
  options: ScrollWindowsOptions,
): ScrollWindows {
  const [sheetRows] = useState(() => createWindowStore<RowWindow>(NO_ROWS, sameRowWindow));
  const [timelineRows] = useState(() => createWindowStore<RowWindow>(NO_ROWS, sameRowWindow));
  const [x] = useState(() => createWindowStore<TimelineWindow>({ fromX: 0, toX: 0 }, sameX));
  const latest = useRef(options);
  latest.current = options;
  // The viewport's size, px: kept from the ResizeObserver so that scrolling reads only offsets.
  const view = useRef<{ width: number; height: number } | null>(null);

  const read = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    if (!view.current) view.current = { width: scroller.clientWidth, height: scroller.clientHeight };
    const { rowCount, rowHeight, headerHeight, timelineLeft, timelineWidth } = latest.current;
    const { scrollTop, scrollLeft } = scroller;
    const height = view.current.height;
    sheetRows.set(rowWindow(scrollTop, height, headerHeight, rowHeight, rowCount));
    timelineRows.set(
      rowWindow(scrollTop, height, headerHeight, rowHeight, rowCount, { phase: TIMELINE_ROW_PHASE }),
    );
    x.set(timelineWindow(scrollLeft, view.current.width - timelineLeft, timelineWidth));
  }, [scrollerRef, sheetRows, timelineRows, x]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        read();
      });
    };
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      // The scroller has no padding: its content box is its client area.
      if (box) view.current = { width: box.width, height: box.height };
      schedule();
    });
    scroller.addEventListener('scroll', schedule, { passive: true });
    observer.observe(scroller);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      observer.disconnect();
    };
  }, [scrollerRef, read]);

  // New rows, zoom or sheet width change the windows without a scroll: read before painting.
  const { rowCount, rowHeight, headerHeight, timelineLeft, timelineWidth } = options;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` reads these through `latest`
  useLayoutEffect(read, [read, rowCount, rowHeight, headerHeight, timelineLeft, timelineWidth]);

  const scrollRowIntoView = useCallback(
    (index: number) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const { rowHeight, headerHeight } = latest.current;
      const top = scrollTopRevealing(
        index,
        scroller.scrollTop,
        scroller.clientHeight,
        headerHeight,
        rowHeight,
      );
      if (top !== scroller.scrollTop) scroller.scrollTop = top;
    },
    [scrollerRef],
  );

  return { sheetRows, timelineRows, x, scrollRowIntoView };
}
