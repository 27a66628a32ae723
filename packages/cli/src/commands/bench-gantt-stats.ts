/** The `p`-th percentile (0–100) of `values` by the nearest-rank method; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The median of `values` (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Figures of a run of frame times (ms). */
export interface FrameStats {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Frames longer than 50 ms (a visible hitch). */
  readonly longFrames: number;
  /** Deltas longer than 1.5 frames at 60 Hz (25 ms): at the display's rate, a frame dropped. */
  readonly dropped: number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: deltas.length === 0 ? Number.NaN : Math.max(...deltas),
    longFrames: deltas.filter((delta) => delta > 50).length,
    dropped: deltas.filter((delta) => delta > 25).length,
  };
}
