import { describe, expect, it } from 'vitest';
import { checkInFormFor, checkInRequestFrom } from './check-in-form';

describe('check-in form', () => {
  it('starts from the current reading and today', () => {
    expect(checkInFormFor({ current: 140, confidence: 0.55 }, '2026-03-12')).toEqual({
      date: '2026-03-12',
      value: 140,
      confidence: 55,
      note: '',
    });
  });

  it('sends confidence as a 0–1 ratio and the note trimmed', () => {
    expect(
      checkInRequestFrom(
        { date: '2026-03-10', value: '150', confidence: 72.5, note: ' good week ' },
        '2026-03-12',
      ),
    ).toEqual({ request: { date: '2026-03-10', value: 150, confidence: 0.725, note: 'good week' } });
  });

  it('refuses a future date, a missing value and confidence outside 0–100', () => {
    expect(
      checkInRequestFrom({ date: '2026-03-13', value: '', confidence: 120, note: '' }, '2026-03-12'),
    ).toEqual({
      errors: {
        date: 'Cannot be in the future',
        value: 'Enter the value measured',
        confidence: 'Must be between 0 and 100 %',
      },
    });
  });
});
