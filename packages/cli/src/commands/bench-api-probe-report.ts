/** What the server probe (bench-api-probe.mjs) saw within the measured window. */
export interface ProbeSummary {
  /** Pauses of the full garbage collections that began in the window, ms. */
  readonly fullCollections: readonly number[];
  /** Event-loop stalls over the probe's threshold that ended in the window, ms. */
  readonly stalls: readonly number[];
  /** The old generation left live by each of those full collections, bytes (when noted). */
  readonly liveAfterFull: readonly number[];
  /** What the old generation grew by in the window's whole seconds, bytes, and over how many. */
  readonly oldGrowth: { readonly bytes: number; readonly seconds: number };
}

/**
 * The probe's lines (`gc <epoch ms> <pause ms> [<old generation bytes>]`, `stall <epoch ms>
 * <late ms>`, `old <epoch ms> <bytes grown in the second before>`) that fall within `[from, to]`
 * (epoch ms). Lines of another shape are skipped (a line cut by the server's exit).
 */
export function summarizeProbe(text: string, from: number, to: number): ProbeSummary {
  const fullCollections: number[] = [];
  const stalls: number[] = [];
  const liveAfterFull: number[] = [];
  let grown = 0;
  let seconds = 0;
  for (const line of text.split('\n')) {
    const [kind, at, value, live] = line.trim().split(' ');
    const when = Number(at);
    const amount = Number(value);
    if (!Number.isFinite(when) || !Number.isFinite(amount) || when > to) continue;
    // a growth line covers the second before it: only whole seconds within the window count
    if (kind === 'old' && when - 1000 >= from) {
      grown += amount;
      seconds += 1;
    }
    if (when < from) continue;
    if (kind === 'gc') {
      fullCollections.push(amount);
      if (live !== undefined && Number.isFinite(Number(live))) liveAfterFull.push(Number(live));
    } else if (kind === 'stall') stalls.push(amount);
  }
  return { fullCollections, stalls, liveAfterFull, oldGrowth: { bytes: grown, seconds } };
}

/** One line for the report, e.g. "2 full GCs (pauses 14, 22 ms); 3 event-loop stalls > 50 ms (longest 180 ms)". */
export function describeProbe(summary: Pick<ProbeSummary, 'fullCollections' | 'stalls'>): string {
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

const MB = 1024 * 1024;

/**
 * One line on the server's old generation, e.g. "grew 13.5 MB/s; 162–170 MB live after a full GC":
 * how fast young collections promote objects (what sets how often full collections come) and
 * how much each full collection has to mark.
 */
export function describeOldGeneration(summary: Pick<ProbeSummary, 'liveAfterFull' | 'oldGrowth'>): string {
  const { liveAfterFull, oldGrowth } = summary;
  const growth =
    oldGrowth.seconds === 0
      ? 'growth not read'
      : `grew ${(oldGrowth.bytes / MB / oldGrowth.seconds).toFixed(1)} MB/s`;
  if (liveAfterFull.length === 0) return growth;
  const low = Math.round(Math.min(...liveAfterFull) / MB);
  const high = Math.round(Math.max(...liveAfterFull) / MB);
  return `${growth}; ${low === high ? low : `${low}–${high}`} MB live after a full GC`;
}
