import type { HistogramBin, Percentiles } from './simulation.types';

/** Nearest-rank percentile of sorted values (p in 0–1). */
function rank(sorted: Float64Array, p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index];
}

/** P10/P50/P80/P90 (nearest rank), mean, min and max of a sample. */
export function percentiles(values: Float64Array): Percentiles {
  if (values.length === 0) throw new RangeError('percentiles of an empty sample');
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    p10: rank(sorted, 0.1),
    p50: rank(sorted, 0.5),
    p80: rank(sorted, 0.8),
    p90: rank(sorted, 0.9),
    mean: sum / sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** Equal-width histogram with the cumulative share at each bin's upper edge. */
export function histogram(values: Float64Array, bins: number): HistogramBin[] {
  if (values.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max === min) return [{ from: min, to: max, count: values.length, cumulative: 1 }];
  const width = (max - min) / bins;
  const counts = new Float64Array(bins);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - min) / width))] += 1;
  const out: HistogramBin[] = [];
  let cumulative = 0;
  for (let b = 0; b < bins; b += 1) {
    cumulative += counts[b];
    out.push({
      from: min + b * width,
      to: b === bins - 1 ? max : min + (b + 1) * width,
      count: counts[b],
      cumulative: cumulative / values.length,
    });
  }
  return out;
}
