import { describe, expect, it } from 'vitest';
import {
  addUnits,
  dateToX,
  floorToUnit,
  formatFloatingMinutes,
  parseFloatingMinutes,
  snapToUnit,
  stepZoom,
  tickLabel,
  timelineScale,
  visibleTicks,
  xToDate,
  zoomLevel,
} from './time-scale';

const at = (iso: string) => parseFloatingMinutes(iso);

describe('floating dates', () => {
  it('reads and prints floating date-times without any time zone shift', () => {
    expect(at('1970-01-01T00:00:00')).toBe(0);
    expect(at('2026-03-02T08:30:00')).toBe(Date.UTC(2026, 2, 2, 8, 30) / 60_000);
    expect(formatFloatingMinutes(at('2026-03-02T08:30:00'))).toBe('2026-03-02T08:30:00');
    expect(at('2026-03-02')).toBe(at('2026-03-02T00:00:00'));
  });
  it('refuses text that is not a floating date-time, naming it', () => {
    expect(() => at('2026-03-02T08:00:00Z')).toThrow(/"2026-03-02T08:00:00Z" is not a floating date-time/);
    expect(() => at('next monday')).toThrow(/next monday/);
  });
});

describe('calendar units', () => {
  it('starts weeks on Monday and quarters in January, April, July and October', () => {
    // Thursday 5 March 2026 → Monday 2 March.
    expect(formatFloatingMinutes(floorToUnit(at('2026-03-05T15:00:00'), 'week'))).toBe('2026-03-02T00:00:00');
    expect(formatFloatingMinutes(floorToUnit(at('2026-03-02T00:00:00'), 'week'))).toBe('2026-03-02T00:00:00');
    expect(formatFloatingMinutes(floorToUnit(at('2026-08-17T09:00:00'), 'quarter'))).toBe(
      '2026-07-01T00:00:00',
    );
    expect(formatFloatingMinutes(floorToUnit(at('2026-08-17T09:45:00'), 'hour'))).toBe('2026-08-17T09:00:00');
    expect(formatFloatingMinutes(floorToUnit(at('2026-08-17T09:45:00'), 'year'))).toBe('2026-01-01T00:00:00');
  });
  it('adds calendar months of different lengths for month and quarter units', () => {
    expect(formatFloatingMinutes(addUnits(at('2026-01-01T00:00:00'), 'month', 1))).toBe(
      '2026-02-01T00:00:00',
    );
    expect(formatFloatingMinutes(addUnits(at('2026-02-01T00:00:00'), 'month', 1))).toBe(
      '2026-03-01T00:00:00',
    );
    expect(formatFloatingMinutes(addUnits(at('2026-10-01T00:00:00'), 'quarter', 1))).toBe(
      '2027-01-01T00:00:00',
    );
    expect(formatFloatingMinutes(addUnits(at('2026-03-02T00:00:00'), 'week', -1))).toBe(
      '2026-02-23T00:00:00',
    );
  });
  it('snaps to the nearest unit boundary', () => {
    expect(formatFloatingMinutes(snapToUnit(at('2026-03-02T11:59:00'), 'day'))).toBe('2026-03-02T00:00:00');
    expect(formatFloatingMinutes(snapToUnit(at('2026-03-02T12:01:00'), 'day'))).toBe('2026-03-03T00:00:00');
    expect(formatFloatingMinutes(snapToUnit(at('2026-03-02T08:31:00'), 'hour'))).toBe('2026-03-02T09:00:00');
  });
});

describe('date ↔ pixel', () => {
  const days = zoomLevel('days');
  it('maps dates to x and back on a linear scale', () => {
    const scale = { origin: at('2026-03-02T00:00:00'), pxPerMinute: days.pxPerMinute };
    expect(dateToX(scale, at('2026-03-03T00:00:00'))).toBeCloseTo(34);
    expect(dateToX(scale, at('2026-03-02T12:00:00'))).toBeCloseTo(17);
    expect(formatFloatingMinutes(xToDate(scale, 68))).toBe('2026-03-04T00:00:00');
  });
  it('pads the timeline by whole major units around the project', () => {
    const scale = timelineScale(days, at('2026-03-04T08:00:00'), at('2026-03-20T17:00:00'));
    // Major unit of the day zoom is the week: two weeks before Monday 2 March.
    expect(formatFloatingMinutes(scale.origin)).toBe('2026-02-16T00:00:00');
    expect(scale.width).toBe(Math.ceil((at('2026-04-13T00:00:00') - scale.origin) * days.pxPerMinute));
    expect(() => timelineScale(days, at('2026-03-20T00:00:00'), at('2026-03-01T00:00:00'))).toThrow(
      /reversed/,
    );
  });
  it('lists only the scale cells inside the visible pixels', () => {
    const scale = { origin: at('2026-03-02T00:00:00'), pxPerMinute: days.pxPerMinute };
    const ticks = visibleTicks(scale, 'day', 'minor', 34 * 10 + 5, 34 * 13);
    expect(ticks.map((t) => formatFloatingMinutes(t.start).slice(0, 10))).toEqual([
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
    ]);
    expect(ticks[0].x).toBeCloseTo(340);
    expect(ticks[0].width).toBeCloseTo(34);
    expect(ticks[0].label).toBe('T 12');
  });
});

describe('zoom levels', () => {
  it('steps between hours and quarters and stops at both ends', () => {
    expect(stepZoom('days', -1)).toBe('hours');
    expect(stepZoom('hours', -1)).toBe('hours');
    expect(stepZoom('months', 1)).toBe('quarters');
    expect(stepZoom('quarters', 1)).toBe('quarters');
  });
  it('labels each tier for its unit', () => {
    const monday = at('2026-03-02T08:00:00');
    expect(tickLabel(monday, 'hour', 'minor')).toBe('08');
    expect(tickLabel(floorToUnit(monday, 'week'), 'week', 'major')).toBe('Week of 2 Mar 2026');
    expect(tickLabel(floorToUnit(monday, 'month'), 'month', 'major')).toBe('March 2026');
    expect(tickLabel(floorToUnit(monday, 'quarter'), 'quarter', 'minor')).toBe('Q1');
    expect(tickLabel(floorToUnit(monday, 'year'), 'year', 'major')).toBe('2026');
  });
});
