import { describe, expect, it } from 'vitest';
import { barGeometry, MIN_BAR_WIDTH } from './bar-geometry';
import type { GanttTask } from './gantt.types';
import { parseFloatingMinutes, zoomLevel } from './time-scale';

const calendar = {
  minutesPerDay: 480,
  workingDays: [1, 2, 3, 4, 5],
  workingTimes: [
    { from: 480, to: 720 },
    { from: 780, to: 1020 },
  ],
};
const pxPerMinute = zoomLevel('days').pxPerMinute;
const scale = { origin: parseFloatingMinutes('2026-03-02T00:00:00'), pxPerMinute };
const dayPx = 1440 * pxPerMinute;

function task(overrides: Partial<GanttTask>): GanttTask {
  return {
    id: 't1',
    projectId: 'p1',
    parentId: null,
    position: 0,
    outlineLevel: 1,
    wbs: '1',
    name: 'Pour foundations',
    duration: 960,
    durationUnit: 'd',
    start: '2026-03-03T00:00:00',
    finish: '2026-03-05T00:00:00',
    milestone: false,
    summary: false,
    percentComplete: 0,
    constraintType: 'ASAP',
    constraintDate: null,
    deadline: null,
    notes: '',
    version: 1,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  } as GanttTask;
}

describe('barGeometry', () => {
  it('spans the task from start to finish with its progress fill', () => {
    const bar = barGeometry(task({ percentComplete: 25 }), scale, calendar);
    expect(bar.kind).toBe('task');
    expect(bar.left).toBeCloseTo(dayPx);
    expect(bar.width).toBeCloseTo(2 * dayPx);
    expect(bar.progressWidth).toBeCloseTo(dayPx / 2);
  });
  it('draws milestones as points and summaries as brackets', () => {
    expect(barGeometry(task({ milestone: true }), scale, calendar)).toMatchObject({
      kind: 'milestone',
      width: 0,
    });
    expect(barGeometry(task({ summary: true, milestone: true }), scale, calendar).kind).toBe('summary');
  });
  it('keeps a zero-length task grabbable', () => {
    const bar = barGeometry(task({ finish: '2026-03-03T00:00:00' }), scale, calendar);
    expect(bar.width).toBe(MIN_BAR_WIDTH);
  });
  it('draws slack after the bar from total slack, and none on the critical path', () => {
    const slack = barGeometry(task({ totalSlack: 5 * 480 }), scale, calendar);
    expect(slack.slackWidth).toBeCloseTo(7 * dayPx);
    expect(barGeometry(task({ totalSlack: 5 * 480, critical: true }), scale, calendar).slackWidth).toBe(0);
  });
  it('prefers the late finish for the slack bar when the API gives it', () => {
    const bar = barGeometry(task({ totalSlack: 480, lateFinish: '2026-03-09T00:00:00' }), scale, calendar);
    expect(bar.slackWidth).toBeCloseTo(4 * dayPx);
  });
  it('places the deadline marker', () => {
    expect(barGeometry(task({ deadline: '2026-03-06T00:00:00' }), scale, calendar).deadlineX).toBeCloseTo(
      4 * dayPx,
    );
  });
});
