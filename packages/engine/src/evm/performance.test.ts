import { describe, expect, it } from 'vitest';
import { evmIndicators } from './performance';

describe('evmIndicators', () => {
  it('computes variances, indices and every named EAC (hand-computed)', () => {
    // BAC 100,000.00; at the status date PV 50,000.00, EV 40,000.00, AC 45,000.00 (in cents)
    const result = evmIndicators({ bac: 10_000_000, pv: 5_000_000, ev: 4_000_000, ac: 4_500_000 }, 6_000_000);
    expect(result.sv).toBe(-1_000_000); // EV − PV
    expect(result.cv).toBe(-500_000); // EV − AC
    expect(result.spi).toBeCloseTo(0.8, 12); // 40/50
    expect(result.cpi).toBeCloseTo(0.888_888_888_9, 9); // 40/45
    expect(result.eac.cpi).toBeCloseTo(11_250_000, 4); // 100,000 / (40/45) = 112,500.00
    expect(result.eac.atypical).toBe(10_500_000); // 45,000 + 60,000
    // 45,000 + 60,000 / (0.8 × 0.8889) = 45,000 + 84,375 = 129,375.00
    expect(result.eac.cpiTimesSpi).toBeCloseTo(12_937_500, 4);
    expect(result.eac.bottomUp).toBe(10_500_000); // AC + the given ETC
    expect(result.etc).toBeCloseTo(6_750_000, 4); // 112,500 − 45,000
    expect(result.vac).toBeCloseTo(-1_250_000, 4); // 100,000 − 112,500
    expect(result.tcpiBac).toBeCloseTo(6_000_000 / 5_500_000, 12); // 60,000 / 55,000
    expect(result.tcpiEac).toBeCloseTo(6_000_000 / 6_750_000, 12); // 60,000 / 67,500
  });

  it('answers null, never NaN or Infinity, before any plan, progress or cost', () => {
    const result = evmIndicators({ bac: 1_000, pv: 0, ev: 0, ac: 0 });
    expect(result.spi).toBeNull();
    expect(result.cpi).toBeNull();
    expect(result.eac.cpi).toBeNull();
    expect(result.eac.cpiTimesSpi).toBeNull();
    expect(result.eac.bottomUp).toBeNull();
    expect(result.etc).toBeNull();
    expect(result.vac).toBeNull();
    expect(result.tcpiEac).toBeNull();
    expect(result.tcpiBac).toBe(1); // (1,000 − 0) / (1,000 − 0)
    for (const value of Object.values(result).flatMap((v) =>
      typeof v === 'object' && v ? Object.values(v) : [v],
    )) {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('has no CPI-based EAC when work was spent but nothing earned', () => {
    const result = evmIndicators({ bac: 1_000, pv: 500, ev: 0, ac: 200 });
    expect(result.cpi).toBe(0);
    expect(result.eac.cpi).toBeNull();
    expect(result.eac.atypical).toBe(1_200);
  });
});
