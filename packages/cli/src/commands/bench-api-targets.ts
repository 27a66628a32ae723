import type { LoadReport } from './bench-api-load';

/** The API targets of issue 5: at least this many requests/s answered… */
export const TARGET_REQUESTS_PER_SECOND = 2000;
/** …with the 99th percentile of latency under this, ms. */
export const TARGET_P99_MS = 50;

/**
 * Whether a run shows the server sustaining the target rate, with no failed request. A closed
 * loop must answer that many per second within the window. An open loop (`rate`, requests due on
 * a schedule) shows it by being offered at least that rate and answering every request due in the
 * window: counting only answers that land inside the window would read a server that keeps up
 * with exactly 2,000/s as 1,998 or 2,003 by where the window's edges cut (answers due before it
 * that land in it, answers due in it that land after it).
 */
export function meetsThroughput(
  report: Pick<LoadReport, 'requests' | 'requestsPerSecond' | 'durationS' | 'unsent' | 'errors'>,
  rate: number | undefined,
): boolean {
  if (report.unsent > 0 || report.errors > 0 || report.requests === 0) return false;
  if (rate === undefined) return report.requestsPerSecond >= TARGET_REQUESTS_PER_SECOND;
  return (
    rate >= TARGET_REQUESTS_PER_SECOND && report.requests / report.durationS >= TARGET_REQUESTS_PER_SECOND
  );
}

/** Whether a run's 99th percentile of latency is under the target. */
export function meetsLatency(report: Pick<LoadReport, 'requests' | 'all'>): boolean {
  return report.requests > 0 && report.all.p99Ms < TARGET_P99_MS;
}
