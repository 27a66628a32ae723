import type { EstimatesAtCompletion, EvmIndicators, EvmTotals } from './evm.types';

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * The PMI earned-value indicators from cumulative PV, EV, AC and BAC (minor units). Ratios whose
 * denominator is zero are null, never NaN or Infinity.
 * @param etcBottomUp a bottom-up estimate to complete (minor units), for the bottom-up EAC.
 */
export function evmIndicators(totals: EvmTotals, etcBottomUp?: number): EvmIndicators {
  const { pv, ev, ac, bac } = totals;
  const spi = ratio(ev, pv);
  const cpi = ratio(ev, ac);
  const eac: EstimatesAtCompletion = {
    cpi: cpi === null || cpi === 0 ? null : bac / cpi,
    atypical: ac + (bac - ev),
    cpiTimesSpi: cpi === null || spi === null || cpi * spi === 0 ? null : ac + (bac - ev) / (cpi * spi),
    bottomUp: etcBottomUp === undefined ? null : ac + etcBottomUp,
  };
  const etc = eac.cpi === null ? null : eac.cpi - ac;
  return {
    ...totals,
    sv: ev - pv,
    cv: ev - ac,
    spi,
    cpi,
    eac,
    etc,
    vac: eac.cpi === null ? null : bac - eac.cpi,
    tcpiBac: ratio(bac - ev, bac - ac),
    tcpiEac: eac.cpi === null ? null : ratio(bac - ev, eac.cpi - ac),
  };
}
