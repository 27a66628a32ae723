// Loaded into the benchmarked server (`node --import`, plain JavaScript: it runs before the
// server's TypeScript loader). Appends to TANDEM_BENCH_PROBE_FILE one line per full garbage
// collection (with the old generation left live after it), per event-loop stall of the server,
// and per second the growth of its old generation, with wall-clock times, so that
// `tandem bench api` can say what fell into its measured window.
import { appendFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

const file = process.env.TANDEM_BENCH_PROBE_FILE;
/** How often the loop is expected to come round, and the lateness counted as a stall, ms. */
const TICK_MS = 10;
const STALL_MS = 50;
/** How often the old generation is read, ms: its growth is what young collections promote. */
const HEAP_MS = 250;

/** Bytes held in the old generation (old and large-object spaces). */
function oldGeneration() {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'old_space' || space.space_name === 'large_object_space')
      used += space.space_used_size;
  }
  return used;
}

if (file) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      const at = performance.timeOrigin + entry.startTime;
      // read when the observer runs, just after the collection: what it left live
      appendFileSync(file, `gc ${Math.round(at)} ${entry.duration.toFixed(1)} ${oldGeneration()}\n`);
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
  // growth between reads; a full collection between two reads loses that interval's growth
  let held = oldGeneration();
  let grown = 0;
  let reads = 0;
  setInterval(() => {
    const now = oldGeneration();
    if (now > held) grown += now - held;
    held = now;
    if (++reads % (1000 / HEAP_MS) !== 0) return;
    appendFileSync(file, `old ${Math.round(performance.timeOrigin + performance.now())} ${grown}\n`);
    grown = 0;
  }, HEAP_MS).unref();
}
