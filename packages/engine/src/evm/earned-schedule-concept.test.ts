import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earnedSchedule } from './earned-schedule';

/**
 * Walt Lipke, "Earned Schedule Concept" (the one-page worked example of the method, from the
 * earned schedule site; read at https://www.scribd.com/doc/47929652/Earned-Schedule-Concept).
 * Its example is given in symbols, not figures: the PV of January through May has been earned and
 * only part of June's, the status is the end of July, so
 *   "ES = 5 + (EV − PV(May)) / (PV(June) − PV(May))", "AT = 7",
 *   "SPI(t) = ES / AT", "SV(t) = ES − AT".
 * The property below puts that example to the engine on any plan: cumulative PV per month (ending
 * with an 11-month plan, January to November as in the figure) and any EV from PV(May) up to, not
 * including, PV(June).
 */
describe("Lipke's earned schedule concept example (status end of July, EV within June's PV)", () => {
  it('gives ES = 5 + (EV − PV(May)) / (PV(June) − PV(May)), SV(t) = ES − 7 and SPI(t) = ES / 7', () => {
    const monthly = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 11, maxLength: 11 });
    fc.assert(
      fc.property(monthly, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (spend, share) => {
        const cumulative: number[] = [];
        for (const amount of spend) cumulative.push((cumulative.at(-1) ?? 0) + amount);
        const may = cumulative[4];
        const june = cumulative[5];
        fc.pre(june > may);
        const ev = may + share * (june - may);
        const result = earnedSchedule(cumulative, ev, 7);
        const es = 5 + (ev - may) / (june - may);
        expect(result.es).toBeCloseTo(es, 9);
        expect(result.svt).toBeCloseTo(es - 7, 9);
        expect(result.spit).toBeCloseTo(es / 7, 9);
      }),
      { seed: 20030301, numRuns: 500 },
    );
  });
});
