import { describe, expect, it } from 'vitest';
import { moveEdit, resizeDuration, stepDuration } from './drag-edits';
import { parseFloatingMinutes, zoomLevel } from './time-scale';

const calendar = {
  minutesPerDay: 480,
  minutesPerWeek: 2400,
  workingDays: [1, 2, 3, 4, 5],
  workingTimes: [
    { from: 480, to: 720 },
    { from: 780, to: 1020 },
  ],
};
const at = (iso: string) => parseFloatingMinutes(iso);
const days = zoomLevel('days');
const hours = zoomLevel('hours');
const dayPx = 1440 * days.pxPerMinute;

describe('moving a bar', () => {
  it('sets a Start No Earlier Than on the first working moment of the day it was dropped on', () => {
    expect(moveEdit(at('2026-03-02T08:00:00'), 2 * dayPx + 5, days, calendar)).toEqual({
      constraintType: 'SNET',
      constraintDate: '2026-03-04T08:00:00',
    });
  });
  it('snaps to the hour at the hour zoom', () => {
    const hourPx = 60 * hours.pxPerMinute;
    expect(moveEdit(at('2026-03-02T08:00:00'), 3 * hourPx - 2, hours, calendar)?.constraintDate).toBe(
      '2026-03-02T11:00:00',
    );
  });
  it('writes nothing when the drop snaps back to the same start', () => {
    expect(moveEdit(at('2026-03-02T08:00:00'), dayPx * 0.2, days, calendar)).toBeNull();
  });
});

describe('resizing a bar', () => {
  const start = at('2026-03-02T08:00:00');
  const finish = at('2026-03-04T17:00:00'); // 3 days
  it('adds whole working days when the right edge is dragged by days', () => {
    expect(resizeDuration(start, finish, 1440, 1.1 * dayPx, days, calendar)).toBe(4 * 480);
  });
  it('counts the weekend out: dragging from Wednesday to Monday adds three working days', () => {
    expect(resizeDuration(start, finish, 1440, 5 * dayPx, days, calendar)).toBe(6 * 480);
  });
  it('never shrinks a task below one snap unit', () => {
    expect(resizeDuration(start, finish, 1440, -10 * dayPx, days, calendar)).toBe(480);
  });
  it('reports no change when the edge snaps back to the same duration', () => {
    expect(resizeDuration(start, finish, 1440, 0.2 * dayPx, days, calendar)).toBeNull();
  });
  it('resizes by working hours at the hour zoom', () => {
    const hourPx = 60 * hours.pxPerMinute;
    expect(resizeDuration(start, at('2026-03-02T10:00:00'), 120, 2 * hourPx, hours, calendar)).toBe(240);
  });
});

describe('resizing with the keyboard', () => {
  it('adds or removes one working unit, even across a weekend', () => {
    expect(stepDuration(2400, 1, 'day', calendar)).toBe(2880);
    expect(stepDuration(2400, -1, 'day', calendar)).toBe(1920);
    expect(stepDuration(600, 1, 'day', calendar)).toBe(960);
    expect(stepDuration(480, -1, 'day', calendar)).toBe(480);
    expect(stepDuration(120, 1, 'hour', calendar)).toBe(180);
    expect(stepDuration(2400, 1, 'week', calendar)).toBe(4800);
  });
});
