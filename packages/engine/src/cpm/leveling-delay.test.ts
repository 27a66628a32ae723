import { describe, expect, it } from 'vitest';
import { at, DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

const EDAY = 1440;

describe('levelling delay', () => {
  it('adds elapsed time to the early start, then moves to working time', () => {
    // A Mon 08:00 – Mon 17:00. B follows A: early start Tue 08:00; a delay of 2 elapsed days
    // gives Thu 08:00, so B runs Thu 08:00 – Thu 17:00 and C (after B) on Friday.
    const result = schedule(
      project(
        [{ id: 'A' }, { id: 'B', levelingDelay: 2 * EDAY }, { id: 'C' }],
        [link('A', 'B'), link('B', 'C')],
      ),
    );
    expect(dates(result, 'B').start).toBe('2026-01-08T08:00:00');
    expect(dates(result, 'B').finish).toBe('2026-01-08T17:00:00');
    expect(dates(result, 'C').start).toBe('2026-01-09T08:00:00');
  });

  it('lands on the next working time when the delay ends in a weekend', () => {
    // Early start Mon 08:00 + 5 elapsed days = Sat 08:00 → Monday 2026-01-12 08:00.
    const result = schedule(project([{ id: 'A', duration: DAY, levelingDelay: 5 * EDAY }]));
    expect(dates(result, 'A').start).toBe('2026-01-12T08:00:00');
    expect(result.start).toBe(at('2026-01-05T08:00:00'));
  });
});
