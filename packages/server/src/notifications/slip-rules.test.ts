import { describe, expect, it } from 'vitest';
import {
  featureLateMessage,
  judgedForecast,
  passesTarget,
  releaseLateMessage,
  slipTransition,
} from './slip-rules';

describe('slipTransition', () => {
  it('notifies when an on-time forecast becomes late', () => {
    expect(slipTransition(true, 0)).toBe('slipped');
  });
  it('stays silent while the forecast stays late', () => {
    expect(slipTransition(true, 1)).toBe('unchanged');
  });
  it('re-arms when a late forecast recovers', () => {
    expect(slipTransition(false, 1)).toBe('recovered');
  });
  it('does nothing while on time', () => {
    expect(slipTransition(false, 0)).toBe('unchanged');
  });
  it('records a first judgement without notifying, late or not', () => {
    expect(slipTransition(true, null)).toBe('first-judged');
    expect(slipTransition(false, null)).toBe('first-judged');
  });
});

describe('judgedForecast and passesTarget', () => {
  it('judges by P80 when a simulation covers the feature', () => {
    expect(judgedForecast({ cpmFinish: '2027-03-01T17:00:00', p80: '2027-03-20T12:00:00' })).toEqual({
      date: '2027-03-20',
      basis: 'P80',
    });
  });
  it('falls back to the critical path finish', () => {
    expect(judgedForecast({ cpmFinish: '2027-03-01T17:00:00', p80: null })).toEqual({
      date: '2027-03-01',
      basis: 'CPM',
    });
  });
  it('is late only strictly after the target day', () => {
    const forecast = { date: '2027-03-01', basis: 'CPM' } as const;
    expect(passesTarget(forecast, '2027-03-01')).toBe(false);
    expect(passesTarget(forecast, '2027-02-28')).toBe(true);
    expect(passesTarget(forecast, null)).toBe(false);
    expect(passesTarget(null, '2027-02-28')).toBe(false);
  });
});

describe('messages', () => {
  it('name the feature or release, the forecast and the target', () => {
    const forecast = { date: '2027-03-20', basis: 'P80' } as const;
    expect(featureLateMessage('Checkout', forecast, '2027-03-01')).toBe(
      '“Checkout” is now forecast for 2027-03-20 (P80), after its target date 2027-03-01.',
    );
    expect(releaseLateMessage('2.4', forecast, '2027-03-01')).toContain('Release “2.4”');
  });
});
