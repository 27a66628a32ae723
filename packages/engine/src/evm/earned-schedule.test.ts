import { describe, expect, it } from 'vitest';
import {
  earnedSchedule,
  independentDurationEstimate,
  toCompleteSchedulePerformanceIndex,
} from './earned-schedule';

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

  it('rejects a negative or unknown earned value or actual time, naming it', () => {
    expect(() => earnedSchedule(pv, -1, 1)).toThrow(/earned value must be a finite amount ≥ 0 \(got -1\)/);
    expect(() => earnedSchedule(pv, Number.NaN, 1)).toThrow(/earned value/);
    expect(() => earnedSchedule(pv, 1, Number.POSITIVE_INFINITY)).toThrow(
      /actual time must be a finite number/,
    );
  });

  it('gives the TSPI needed to finish on the planned duration, null once it has run out', () => {
    // ES 5.5 at month 7 of 10: (10 − 5.5) / (10 − 7) = 1.5
    expect(earnedSchedule(pv, 115, 7).tspi).toBeCloseTo(1.5, 12);
    // on plan the rest needs the plan's own pace
    expect(earnedSchedule(pv, 70, 4).tspi).toBeCloseTo(1, 12);
    expect(earnedSchedule(pv, 200, 10).tspi).toBeNull();
    expect(earnedSchedule(pv, 210, 13).tspi).toBeNull();
  });
});

describe('toCompleteSchedulePerformanceIndex', () => {
  it('measures against an estimated duration once the planned one is spent: (PD − ES) / (ED − AT)', () => {
    // ES 9 at month 11 of a 10-month plan, re-estimated to finish at month 13: (10 − 9) / (13 − 11)
    expect(toCompleteSchedulePerformanceIndex(9, 11, 10, 13)).toBeCloseTo(0.5, 12);
    expect(toCompleteSchedulePerformanceIndex(9, 11, 10)).toBeNull();
  });
});

describe('independentDurationEstimate (IEAC(t) = AT + (PD − ES) / PF(t))', () => {
  const behind = earnedSchedule([10, 25, 45, 70, 100, 130, 160, 185, 200, 210], 115, 7);

  it('equals PD / SPI(t) when the rest goes at the SPI(t) so far', () => {
    expect(independentDurationEstimate(behind, behind.spit ?? Number.NaN)).toBeCloseTo(behind.ieact ?? 0, 12);
  });

  it('adds the planned rest to AT when the rest goes to plan (PF(t) = 1)', () => {
    // 7 + (10 − 5.5) = 11.5 months: the 1.5 months lost so far, and no more
    expect(independentDurationEstimate(behind, 1)).toBeCloseTo(11.5, 12);
  });

  it('rejects a performance factor that is not positive', () => {
    expect(() => independentDurationEstimate(behind, 0)).toThrow(
      /performance factor must be a positive number \(got 0\)/,
    );
  });
});
