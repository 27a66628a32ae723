import { describe, expect, it } from 'vitest';
import { DAY, dates, HOUR, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

// Standard calendar (Mon–Fri 08:00–12:00, 13:00–17:00); the project starts Monday 2026-01-05 08:00.
describe('link types and lags', () => {
  const a2 = { id: 'a', duration: 2 * DAY };

  it('starts an FS successor at the next working minute after its predecessor finishes', () => {
    const r = schedule(project([a2, { id: 'b' }], [link('a', 'b')]));
    expect(dates(r, 'a').finish).toBe('2026-01-06T17:00:00');
    expect(dates(r, 'b').start).toBe('2026-01-07T08:00:00');
  });

  it('counts a positive FS lag in working days', () => {
    const r = schedule(project([a2, { id: 'b' }], [link('a', 'b', 'FS', DAY)]));
    expect(dates(r, 'b').start).toBe('2026-01-08T08:00:00');
  });

  it('overlaps with a negative FS lag (lead)', () => {
    const r = schedule(project([a2, { id: 'b' }], [link('a', 'b', 'FS', -DAY)]));
    expect(dates(r, 'b').start).toBe('2026-01-06T08:00:00');
  });

  it('skips the lunch break after an SS lag of 4 hours', () => {
    const r = schedule(project([a2, { id: 'b' }], [link('a', 'b', 'SS', 4 * HOUR, 'h')]));
    expect(dates(r, 'b').start).toBe('2026-01-05T13:00:00');
  });

  it('aligns finishes with FF and keeps the successor after the project start', () => {
    const r = schedule(
      project(
        [a2, { id: 'b' }, { id: 'c', duration: 3 * DAY }],
        [link('a', 'b', 'FF'), link('a', 'c', 'FF')],
      ),
    );
    expect(dates(r, 'b').start).toBe('2026-01-06T08:00:00');
    expect(dates(r, 'b').finish).toBe('2026-01-06T17:00:00');
    expect(dates(r, 'c').start).toBe('2026-01-05T08:00:00');
    expect(dates(r, 'c').finish).toBe('2026-01-07T17:00:00');
  });

  it('finishes an SF successor when its predecessor starts, showing that start as the finish', () => {
    const r = schedule(
      project(
        [{ id: 'a', constraint: { type: 'SNET', date: Date.UTC(2026, 0, 7, 8) / 60000 } }, { id: 'b' }],
        [link('a', 'b', 'SF')],
      ),
    );
    // As MS Project stores it (mpxj mspdirelations.xml): finish Wednesday 08:00, not Tuesday 17:00.
    expect(dates(r, 'b').start).toBe('2026-01-06T08:00:00');
    expect(dates(r, 'b').finish).toBe('2026-01-07T08:00:00');
  });

  it('counts an elapsed lag round the clock', () => {
    const r = schedule(project([{ id: 'a' }, { id: 'b' }], [link('a', 'b', 'FS', 12 * HOUR, 'eh')]));
    // Monday 17:00 + 12 elapsed hours = Tuesday 05:00, so b starts Tuesday 08:00.
    expect(dates(r, 'b').start).toBe('2026-01-06T08:00:00');
    const working = schedule(project([{ id: 'a' }, { id: 'b' }], [link('a', 'b', 'FS', 12 * HOUR, 'h')]));
    expect(dates(working, 'b').start).toBe('2026-01-07T13:00:00');
  });

  it('takes a percent lag as a share of the predecessor duration', () => {
    const r = schedule(project([a2, { id: 'b' }], [link('a', 'b', 'FS', 50, '%')]));
    expect(dates(r, 'b').start).toBe('2026-01-08T08:00:00');
  });

  it('keeps a milestone at its predecessor finish and starts the next task the next morning', () => {
    const r = schedule(
      project(
        [{ id: 'a' }, { id: 'm', duration: 0, milestone: true }, { id: 'b' }],
        [link('a', 'm'), link('m', 'b')],
      ),
    );
    expect(dates(r, 'm').start).toBe('2026-01-05T17:00:00');
    expect(dates(r, 'm').finish).toBe('2026-01-05T17:00:00');
    expect(dates(r, 'b').start).toBe('2026-01-06T08:00:00');
  });

  it('runs an elapsed duration through nights and weekends', () => {
    const r = schedule(
      project(
        [
          { id: 'a', duration: 4 * DAY },
          { id: 'b', duration: 3 * 1440, durationUnit: 'ed' },
        ],
        [link('a', 'b')],
      ),
    );
    // a finishes Thursday 17:00; 3 elapsed days end Sunday 17:00.
    expect(dates(r, 'b').start).toBe('2026-01-08T17:00:00');
    expect(dates(r, 'b').finish).toBe('2026-01-11T17:00:00');
  });
});
