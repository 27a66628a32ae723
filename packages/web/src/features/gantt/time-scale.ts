// Date ↔ pixel maths of the Gantt timeline. Dates are floating wall-clock minutes since
// 1970-01-01T00:00 (the engine's time model), read and printed as UTC so no browser time zone can
// shift a bar. Pure functions only: the timeline and the drag handlers share them.

/** Floating minutes since 1970-01-01T00:00 (no time zone). */
export type FloatingMinutes = number;

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The units drags snap to. */
export type SnapUnit = 'hour' | 'day' | 'week';

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 10_080;

/** One zoom level: a two-tier scale (major over minor), its density and the unit drags snap to. */
export interface ZoomLevel {
  readonly id: 'hours' | 'days' | 'weeks' | 'months' | 'quarters';
  readonly label: string;
  readonly major: TimeUnit;
  readonly minor: TimeUnit;
  /** Pixels per elapsed minute. */
  readonly pxPerMinute: number;
  /** Unit a dragged date snaps to. */
  readonly snap: SnapUnit;
}

/** From the finest to the coarsest: day/hour, week/day, month/week, quarter/month, year/quarter. */
export const ZOOM_LEVELS: readonly ZoomLevel[] = [
  { id: 'hours', label: 'Hours', major: 'day', minor: 'hour', pxPerMinute: 32 / 60, snap: 'hour' },
  { id: 'days', label: 'Days', major: 'week', minor: 'day', pxPerMinute: 34 / 1440, snap: 'day' },
  { id: 'weeks', label: 'Weeks', major: 'month', minor: 'week', pxPerMinute: 12 / 1440, snap: 'day' },
  { id: 'months', label: 'Months', major: 'quarter', minor: 'month', pxPerMinute: 3 / 1440, snap: 'day' },
  {
    id: 'quarters',
    label: 'Quarters',
    major: 'year',
    minor: 'quarter',
    pxPerMinute: 1.2 / 1440,
    snap: 'week',
  },
];

export type ZoomId = ZoomLevel['id'];

/** The zoom level named `id`; throws naming an unknown id. */
export function zoomLevel(id: ZoomId): ZoomLevel {
  const level = ZOOM_LEVELS.find((candidate) => candidate.id === id);
  if (!level) throw new RangeError(`unknown Gantt zoom level "${id}"`);
  return level;
}

/** The next finer (`step` -1) or coarser (+1) zoom level, clamped at both ends. */
export function stepZoom(id: ZoomId, step: -1 | 1): ZoomId {
  const index = ZOOM_LEVELS.findIndex((candidate) => candidate.id === id);
  const next = Math.min(ZOOM_LEVELS.length - 1, Math.max(0, index + step));
  return ZOOM_LEVELS[next].id;
}

const FLOATING = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Reads `YYYY-MM-DD[THH:MM[:SS]]` as floating minutes; throws naming the value when unreadable. */
export function parseFloatingMinutes(value: string): FloatingMinutes {
  const match = FLOATING.exec(value);
  if (!match) throw new RangeError(`"${value}" is not a floating date-time (YYYY-MM-DDTHH:MM:SS)`);
  const [, y, mo, d, h = '0', mi = '0'] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  if (Number.isNaN(ms)) throw new RangeError(`"${value}" is not a valid date`);
  return Math.round(ms / 60_000);
}

/** Floating minutes as `YYYY-MM-DDTHH:MM:00` (the API's floating date-time). */
export function formatFloatingMinutes(minutes: FloatingMinutes): string {
  return `${new Date(Math.round(minutes) * 60_000).toISOString().slice(0, 16)}:00`;
}

/** The browser's wall-clock now as floating minutes (for the today line). */
export function localNowMinutes(now: Date = new Date()): FloatingMinutes {
  return (
    Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes()) / 60_000
  );
}

/** Start of the `unit` containing `minutes` (weeks start on Monday, quarters in Jan/Apr/Jul/Oct). */
export function floorToUnit(minutes: FloatingMinutes, unit: TimeUnit): FloatingMinutes {
  switch (unit) {
    case 'hour':
      return Math.floor(minutes / MINUTES_PER_HOUR) * MINUTES_PER_HOUR;
    case 'day':
      return Math.floor(minutes / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    case 'week': {
      const day = Math.floor(minutes / MINUTES_PER_DAY);
      // 1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday.
      const sinceMonday = (((day + 3) % 7) + 7) % 7;
      return (day - sinceMonday) * MINUTES_PER_DAY;
    }
    default: {
      const date = new Date(minutes * 60_000);
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth();
      const first = unit === 'month' ? month : unit === 'quarter' ? month - (month % 3) : 0;
      return Date.UTC(year, first, 1) / 60_000;
    }
  }
}

/** `minutes` moved by `count` whole `unit`s (calendar months for month/quarter/year). */
export function addUnits(minutes: FloatingMinutes, unit: TimeUnit, count: number): FloatingMinutes {
  switch (unit) {
    case 'hour':
      return minutes + count * MINUTES_PER_HOUR;
    case 'day':
      return minutes + count * MINUTES_PER_DAY;
    case 'week':
      return minutes + count * MINUTES_PER_WEEK;
    default: {
      const months = unit === 'month' ? count : unit === 'quarter' ? count * 3 : count * 12;
      const date = new Date(minutes * 60_000);
      return (
        Date.UTC(
          date.getUTCFullYear(),
          date.getUTCMonth() + months,
          date.getUTCDate(),
          date.getUTCHours(),
          date.getUTCMinutes(),
        ) / 60_000
      );
    }
  }
}

/** `minutes` rounded to the nearest `unit` boundary. */
export function snapToUnit(minutes: FloatingMinutes, unit: TimeUnit): FloatingMinutes {
  const floor = floorToUnit(minutes, unit);
  const next = addUnits(floor, unit, 1);
  return minutes - floor < next - minutes ? floor : next;
}

/** A linear time axis: `origin` sits at x = 0 and every elapsed minute is `pxPerMinute` wide. */
export interface TimeScale {
  readonly origin: FloatingMinutes;
  readonly pxPerMinute: number;
}

/** x in px of floating minutes `minutes` on `scale`. */
export function dateToX(scale: TimeScale, minutes: FloatingMinutes): number {
  return (minutes - scale.origin) * scale.pxPerMinute;
}

/** Floating minutes at x (px) on `scale`. */
export function xToDate(scale: TimeScale, x: number): FloatingMinutes {
  return scale.origin + x / scale.pxPerMinute;
}

/**
 * The scale spanning `from`..`to` (floating minutes) at `zoom`, padded by two major units before
 * and three after so there is room to drag, with `width` in px.
 */
export function timelineScale(
  zoom: ZoomLevel,
  from: FloatingMinutes,
  to: FloatingMinutes,
): TimeScale & { readonly width: number } {
  if (!(to >= from)) throw new RangeError(`timeline range is empty or reversed (${from}..${to})`);
  const origin = addUnits(floorToUnit(from, zoom.major), zoom.major, -2);
  const end = addUnits(floorToUnit(to, zoom.major), zoom.major, 4);
  return { origin, pxPerMinute: zoom.pxPerMinute, width: Math.ceil((end - origin) * zoom.pxPerMinute) };
}

/** One cell of a scale tier. */
export interface ScaleTick {
  readonly start: FloatingMinutes;
  readonly x: number;
  readonly width: number;
  readonly label: string;
}

const MAX_TICKS = 5_000;

/**
 * The `unit` cells intersecting the visible pixels `fromX`..`toX` (only those: the scale is
 * virtualised like the rows), labelled for the tier (`major` labels are longer).
 */
export function visibleTicks(
  scale: TimeScale,
  unit: TimeUnit,
  tier: 'major' | 'minor',
  fromX: number,
  toX: number,
): ScaleTick[] {
  const ticks: ScaleTick[] = [];
  let start = floorToUnit(xToDate(scale, fromX), unit);
  const last = xToDate(scale, toX);
  while (start < last && ticks.length < MAX_TICKS) {
    const next = addUnits(start, unit, 1);
    const x = dateToX(scale, start);
    ticks.push({ start, x, width: dateToX(scale, next) - x, label: tickLabel(start, unit, tier) });
    start = next;
  }
  return ticks;
}

const utc = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const hourFormat = utc({ hour: '2-digit', hourCycle: 'h23' });
const dayMajor = utc({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const weekdayLetter = utc({ weekday: 'narrow' });
const dayMonth = utc({ day: 'numeric', month: 'short' });
const dayMonthYear = utc({ day: 'numeric', month: 'short', year: 'numeric' });
const monthShort = utc({ month: 'short' });
const monthYear = utc({ month: 'long', year: 'numeric' });

/** The label of the `unit` cell starting at `start`, e.g. "08", "M 2", "2 Mar", "Mar", "Q1 2026". */
export function tickLabel(start: FloatingMinutes, unit: TimeUnit, tier: 'major' | 'minor'): string {
  const date = new Date(start * 60_000);
  const quarter = `Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
  switch (unit) {
    case 'hour':
      return hourFormat.format(date);
    case 'day':
      return tier === 'major' ? dayMajor.format(date) : `${weekdayLetter.format(date)} ${date.getUTCDate()}`;
    case 'week':
      return tier === 'major' ? `Week of ${dayMonthYear.format(date)}` : dayMonth.format(date);
    case 'month':
      return tier === 'major' ? monthYear.format(date) : monthShort.format(date);
    case 'quarter':
      return tier === 'major' ? `${quarter} ${date.getUTCFullYear()}` : quarter;
    case 'year':
      return String(date.getUTCFullYear());
  }
}
