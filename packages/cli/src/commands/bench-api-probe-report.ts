/** What the server probe (bench-api-probe.mjs) saw within the measured window. */
export interface ProbeSummary {
  /** Pauses of the full garbage collections that began in the window, ms. */
  readonly fullCollections: readonly number[];
  /** Event-loop stalls over the probe's threshold that ended in the window, ms. */
  readonly stalls: readonly number[];
}

/**
 * The probe's lines (`gc <epoch ms> <pause ms>`, `stall <epoch ms> <late ms>`) that fall within
 * `[from, to]` (epoch ms). Lines of another shape are skipped (a line cut by the server's exit).
 */
export function summarizeProbe(text: string, from: number, to: number): ProbeSummary {
  const fullCollections: number[] = [];
  const stalls: number[] = [];
  for (const line of text.split('\n')) {
    const [kind, at, ms] = line.trim().split(' ');
    const when = Number(at);
    const duration = Number(ms);
    if (!Number.isFinite(when) || !Number.isFinite(duration) || when < from || when > to) continue;
    if (kind === 'gc') fullCollections.push(duration);
    else if (kind === 'stall') stalls.push(duration);
  }
  return { fullCollections, stalls };
}

/** One line for the report, e.g. "2 full GCs (pauses 14, 22 ms); 3 event-loop stalls > 50 ms (longest 180 ms)". */
export function describeProbe(summary: ProbeSummary): string {
  const { fullCollections, stalls } = summary;
  const gcs =
    fullCollections.length === 0
      ? 'no full GC'
      : `${fullCollections.length} full GC${fullCollections.length > 1 ? 's' : ''} (pauses ${fullCollections.map((ms) => Math.round(ms)).join(', ')} ms)`;
  const longest = stalls.length > 0 ? Math.round(Math.max(...stalls)) : 0;
  const stalled =
    stalls.length === 0
      ? 'no event-loop stall over 50 ms'
      : `${stalls.length} event-loop stall${stalls.length > 1 ? 's' : ''} over 50 ms (longest ${longest} ms)`;
  return `${gcs}; ${stalled}`;
}
