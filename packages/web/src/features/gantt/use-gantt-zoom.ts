import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  dateToX,
  type FloatingMinutes,
  stepZoom,
  timelineScale,
  xToDate,
  type ZoomId,
  zoomLevel,
} from './time-scale';

interface Anchor {
  /** Floating minutes kept under the same viewport x across the zoom. */
  readonly date: number;
  /** Its x in the visible timeline, px. */
  readonly offset: number;
}

/**
 * The zoom level and the timeline scale over `span` (floating minutes), with the controls:
 * `setZoom`/`step` keep the date at the middle of the visible timeline in place, Ctrl+wheel over
 * the scroller zooms around the pointer. `timelineLeft` is where the timeline's viewport starts
 * inside the scroller (the sheet pane and splitter), px.
 */
export function useGanttZoom(
  scrollerRef: RefObject<HTMLDivElement | null>,
  span: { readonly from: FloatingMinutes; readonly to: FloatingMinutes },
  timelineLeft: number,
  initial: ZoomId,
) {
  const [zoom, setZoomState] = useState<ZoomId>(initial);
  const level = zoomLevel(zoom);
  const scale = useMemo(() => timelineScale(level, span.from, span.to), [level, span.from, span.to]);
  const anchor = useRef<Anchor | null>(null);
  const latest = useRef({ scale, timelineLeft, zoom });
  latest.current = { scale, timelineLeft, zoom };

  const anchorAt = useCallback(
    (offset: number) => {
      const scroller = scrollerRef.current;
      const current = latest.current.scale;
      if (!scroller) return;
      anchor.current = { date: xToDate(current, scroller.scrollLeft + offset), offset };
    },
    [scrollerRef],
  );

  const setZoom = useCallback(
    (next: ZoomId) => {
      const scroller = scrollerRef.current;
      if (scroller) anchorAt((scroller.clientWidth - latest.current.timelineLeft) / 2);
      setZoomState(next);
    },
    [scrollerRef, anchorAt],
  );
  const step = useCallback(
    (direction: -1 | 1) => setZoom(stepZoom(latest.current.zoom, direction)),
    [setZoom],
  );

  // Put the anchored date back under the same x once the new scale is laid out.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const kept = anchor.current;
    if (!scroller || !kept) return;
    anchor.current = null;
    scroller.scrollLeft = Math.max(0, dateToX(scale, kept.date) - kept.offset);
  }, [scale, scrollerRef]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const direction = event.deltaY < 0 ? -1 : 1;
      const next = stepZoom(latest.current.zoom, direction);
      if (next === latest.current.zoom) return;
      const offset = event.clientX - scroller.getBoundingClientRect().left - latest.current.timelineLeft;
      anchorAt(Math.max(0, offset));
      setZoomState(next);
    };
    scroller.addEventListener('wheel', onWheel, { passive: false });
    return () => scroller.removeEventListener('wheel', onWheel);
  }, [scrollerRef, anchorAt]);

  return { zoom: level, scale, setZoom, step };
}
