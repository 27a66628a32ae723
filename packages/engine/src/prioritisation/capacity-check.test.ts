import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendars';
import { standardCalendar } from '../calendar/standard-calendar';
import type { WorkingCalendar } from '../calendar/working-calendar.types';
import { parseDateTime } from '../model/time';
import { capacityCheck, teamCapacity } from './capacity-check';

const calendar = compileCalendars([standardCalendar()]).get('standard') as WorkingCalendar;
const DAY = 480;
// Monday 2 March 2026 to Monday 16 March 2026 00:00: two working weeks, 10 days
const from = parseDateTime('2026-03-02T00:00');
const until = parseDateTime('2026-03-16T00:00');

describe('teamCapacity', () => {
  it('sums working time × units over the team, honouring availability changes', () => {
    const ann = { id: 'ann', calendar, maxUnits: 1 };
    // Bob works half time, and not at all in the second week
    const bob = {
      id: 'bob',
      calendar,
      maxUnits: 0.5,
      availability: [{ from: parseDateTime('2026-03-09T00:00'), to: null, units: 0 }],
    };
    // Ann 10 days + Bob 5 days × 0.5 = 12.5 person-days
    expect(teamCapacity([ann, bob], from, until)).toBe(12.5 * DAY);
    expect(teamCapacity([ann], until, from)).toBe(0);
  });
});

describe('capacityCheck', () => {
  // two full-time people for two weeks: 20 person-days
  const team = [
    { id: 'ann', calendar, maxUnits: 1 },
    { id: 'cy', calendar, maxUnits: 1 },
  ];

  it('fills the ranking until the capacity runs out and draws the cut line there', () => {
    const result = capacityCheck({
      resources: team,
      from,
      until,
      features: [
        { id: 'A', effort: 8 * DAY },
        { id: 'B', effort: 10 * DAY },
        // 8 + 10 + 5 = 23 > 20: C does not fit
        { id: 'C', effort: 5 * DAY },
        // D would fit in the 2 days left, but the ranking comes first: below the cut
        { id: 'D', effort: 1 * DAY },
      ],
    });
    expect(result.capacity).toBe(20 * DAY);
    expect(result.cutIndex).toBe(2);
    expect(result.committed).toBe(18 * DAY);
    expect(result.items.map((i) => [i.id, i.verdict])).toEqual([
      ['A', 'fits'],
      ['B', 'fits'],
      ['C', 'over-capacity'],
      ['D', 'below-cut'],
    ]);
  });

  it('lets linked features ship on their levelled forecast, not on the capacity arithmetic', () => {
    const result = capacityCheck({
      resources: team,
      from,
      until,
      features: [
        // linked work forecast to finish Friday 13 March: ships, and its 6 days count
        { id: 'linked', effort: 6 * DAY, forecastFinish: parseDateTime('2026-03-13T17:00') },
        { id: 'next', effort: 14 * DAY },
        // linked work forecast for Tuesday 17 March: late, the cut line is here
        { id: 'late', effort: 1 * DAY, forecastFinish: parseDateTime('2026-03-17T17:00') },
      ],
    });
    expect(result.items.map((i) => i.verdict)).toEqual(['scheduled-in-time', 'fits', 'scheduled-late']);
    expect(result.cutIndex).toBe(2);
    expect(result.committed).toBe(20 * DAY);
  });

  it('ships everything when the ranking fits, and names a bad effort', () => {
    const result = capacityCheck({ resources: team, from, until, features: [{ id: 'A', effort: DAY }] });
    expect(result.cutIndex).toBe(1);
    expect(() =>
      capacityCheck({ resources: team, from, until, features: [{ id: 'X', effort: Number.NaN }] }),
    ).toThrow(/feature X: effort/);
  });
});
