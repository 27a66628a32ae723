// Loaded into the benchmarked server (`node --import`, plain JavaScript: it runs before the
// server's TypeScript loader). Appends to TANDEM_BENCH_PROBE_FILE one line per full garbage
// collection and per event-loop stall of the server, with wall-clock times, so that
// `tandem bench api` can say what fell into its measured window.
import { appendFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';

const file = process.env.TANDEM_BENCH_PROBE_FILE;
/** How often the loop is expected to come round, and the lateness counted as a stall, ms. */
const TICK_MS = 10;
const STALL_MS = 50;

if (file) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      const at = performance.timeOrigin + entry.startTime;
      appendFileSync(file, `gc ${Math.round(at)} ${entry.duration.toFixed(1)}\n`);
    }
  }).observe({ entryTypes: ['gc'] });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late > STALL_MS)
      appendFileSync(file, `stall ${Math.round(performance.timeOrigin + now)} ${late.toFixed(1)}\n`);
    last = now;
  }, TICK_MS).unref();
}
