import { describe, expect, it } from 'vitest';
import { earnedSchedule } from './earned-schedule';

describe('earnedSchedule', () => {
  // A 10-month plan; cumulative PV at the end of each month (thousands).
  const pv = [10, 25, 45, 70, 100, 130, 160, 185, 200, 210];

  it('interpolates within the period the EV falls in (ES = C + (EV − PV_C)/(PV_C+1 − PV_C))', () => {
    // status at month 7 with EV 115: PV(5) = 100 ≤ 115 < PV(6) = 130 → ES = 5 + 15/30 = 5.5
    const result = earnedSchedule(pv, 115, 7);
    expect(result.es).toBeCloseTo(5.5, 12);
    expect(result.svt).toBeCloseTo(-1.5, 12);
    expect(result.spit).toBeCloseTo(5.5 / 7, 12);
    expect(result.plannedDuration).toBe(10);
    // IEAC(t) = PD / SPI(t) = 10 / (5.5/7) = 12.727…
    expect(result.ieact).toBeCloseTo(70 / 5.5, 12);
  });

  it('gives ES = AT on a project exactly on plan', () => {
    const result = earnedSchedule(pv, 70, 4);
    expect(result.es).toBe(4);
    expect(result.svt).toBe(0);
    expect(result.spit).toBe(1);
  });

  it('keeps SV(t) negative for a late project at completion, where SV($) returns to 0', () => {
    // all earned (EV = BAC) but at month 13: ES = PD = 10, SV(t) = −3
    const result = earnedSchedule(pv, 210, 13);
    expect(result.es).toBe(10);
    expect(result.svt).toBe(-3);
  });

  it('counts the first period from zero PV', () => {
    expect(earnedSchedule(pv, 5, 1).es).toBeCloseTo(0.5, 12);
    expect(earnedSchedule(pv, 0, 0).spit).toBeNull();
  });

  it('rejects a decreasing PV series and an empty one', () => {
    expect(() => earnedSchedule([10, 5], 1, 1)).toThrow(/decreases at period 2/);
    expect(() => earnedSchedule([], 1, 1)).toThrow(/empty/);
  });
});
