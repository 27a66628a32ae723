import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomCalendars, WINDOW_DAYS, WINDOW_START } from './calendar-arbitraries.testkit';
import { MINUTES_PER_DAY } from './civil-days';
import { compileCalendars } from './compile-calendars';
import { ReferenceCalendar } from './reference-calendar.testkit';
import type { WorkingCalendar } from './working-calendar.types';

/** An instant from a week before the window of random exceptions to its end. */
const instant = fc.integer({
  min: WINDOW_START - 7 * MINUTES_PER_DAY,
  max: WINDOW_START + WINDOW_DAYS * MINUTES_PER_DAY,
});
const workMinutes = fc.integer({ min: 0, max: 6000 });

function compiled(calendars: {
  definitions: Parameters<typeof compileCalendars>[0];
  id: string;
}): WorkingCalendar {
  return compileCalendars(calendars.definitions).get(calendars.id)!;
}

describe('working-time arithmetic on random calendars', () => {
  it('counts back exactly the minutes it added: workingBetween(s, addWorking(s, m)) = m for a start s', () => {
    fc.assert(
      fc.property(randomCalendars, instant, workMinutes, (calendars, t, m) => {
        const calendar = compiled(calendars);
        const start = calendar.toWorkingStart(t);
        expect(calendar.workingBetween(start, calendar.addWorking(start, m))).toBe(m);
      }),
    );
  });

  it('round-trips a start through add then subtract, and a finish through subtract then add', () => {
    // s = toWorkingStart(t) is a working instant, so subtracting lands back on it (subtract lands on
    // starts); f = toWorkingFinish(t) ends working time, so adding lands back on it (add lands on ends).
    fc.assert(
      fc.property(randomCalendars, instant, workMinutes, (calendars, t, m) => {
        const calendar = compiled(calendars);
        const start = calendar.toWorkingStart(t);
        expect(calendar.subtractWorking(calendar.addWorking(start, m), m)).toBe(start);
        const finish = calendar.toWorkingFinish(t);
        expect(calendar.addWorking(calendar.subtractWorking(finish, m), m)).toBe(finish);
      }),
    );
  });

  it('moves strictly later as more minutes are added, and earlier as more are subtracted', () => {
    fc.assert(
      fc.property(randomCalendars, instant, workMinutes, workMinutes, (calendars, t, a, b) => {
        const calendar = compiled(calendars);
        const [less, more] = a <= b ? [a, b] : [b, a];
        const added = [calendar.addWorking(t, less), calendar.addWorking(t, more)];
        const subtracted = [calendar.subtractWorking(t, less), calendar.subtractWorking(t, more)];
        if (less === more) {
          expect(added[1]).toBe(added[0]);
        } else {
          expect(added[1]).toBeGreaterThan(added[0]);
          expect(subtracted[1]).toBeLessThan(subtracted[0]);
        }
      }),
    );
  });

  it('lands on working boundaries: additions end working time, subtractions start it', () => {
    fc.assert(
      fc.property(randomCalendars, instant, fc.integer({ min: 1, max: 6000 }), (calendars, t, m) => {
        const calendar = compiled(calendars);
        const end = calendar.addWorking(t, m);
        expect(calendar.isWorking(end - 1)).toBe(true);
        expect(calendar.toWorkingFinish(end)).toBe(end);
        const begin = calendar.subtractWorking(t, m);
        expect(calendar.isWorking(begin)).toBe(true);
        expect(calendar.toWorkingStart(begin)).toBe(begin);
        const start = calendar.toWorkingStart(t);
        expect(start).toBeGreaterThanOrEqual(t);
        expect(calendar.workingBetween(t, start)).toBe(0);
        const finish = calendar.toWorkingFinish(t);
        expect(finish).toBeLessThanOrEqual(t);
        expect(calendar.workingBetween(finish, t)).toBe(0);
      }),
    );
  });

  it('adds working time across spans: workingBetween(a, c) = workingBetween(a, b) + workingBetween(b, c)', () => {
    fc.assert(
      fc.property(randomCalendars, instant, instant, instant, (calendars, a, b, c) => {
        const calendar = compiled(calendars);
        expect(calendar.workingBetween(a, c)).toBe(
          calendar.workingBetween(a, b) + calendar.workingBetween(b, c),
        );
      }),
    );
  });

  it('agrees with a minute-by-minute reference on every operation', () => {
    fc.assert(
      fc.property(
        randomCalendars,
        instant,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -3 * MINUTES_PER_DAY, max: 10 * MINUTES_PER_DAY }),
        (calendars, t, m, span) => {
          const fast = compiled(calendars);
          const reference = new ReferenceCalendar(calendars.id, calendars.definitions);
          expect(fast.isWorking(t)).toBe(reference.isWorking(t));
          expect(fast.toWorkingStart(t)).toBe(reference.toWorkingStart(t));
          expect(fast.toWorkingFinish(t)).toBe(reference.toWorkingFinish(t));
          expect(fast.addWorking(t, m)).toBe(reference.addWorking(t, m));
          expect(fast.subtractWorking(t, m)).toBe(reference.subtractWorking(t, m));
          expect(fast.workingBetween(t, t + span)).toBe(reference.workingBetween(t, t + span));
        },
      ),
      { numRuns: 400 },
    );
  }, 30_000);
});
