import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How many nice steps below the serving thread the helper threads run by default. */
export const DEFAULT_HELPER_NICE = 10;

/** The lowest priority Linux has (the highest nice value). */
const LOWEST = 19;

/** How often threads started since the last look are lowered too. */
const RESCAN_MS = 5_000;

const TASKS = '/proc/self/task';

/**
 * Lowers the scheduling priority of this process's threads other than the one that serves
 * requests (V8's garbage-collection and compiler helpers, libuv's pool, the SQLite checkpoint
 * thread) to `nice` steps below it: now, and every few seconds for threads started since. Linux
 * only (threads are listed in /proc/self/task and take their own priority); elsewhere, or with
 * `nice` 0, it does nothing. Returns what stops the rescans.
 *
 * Why: a full collection of a large heap (the cached plans of a busy server) runs V8's
 * concurrent markers on every core at the serving thread's priority; on a small machine they
 * took its CPU for a few hundred milliseconds and requests queued behind them (`tandem bench
 * api`, see the README). Lowered, they run on the CPU the serving thread leaves.
 */
export function lowerHelperThreads(nice: number = DEFAULT_HELPER_NICE): () => void {
  if (nice <= 0 || !lowerOnce(nice)) return () => {};
  const timer = setInterval(() => lowerOnce(nice), RESCAN_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** One pass of lowerHelperThreads; false when threads cannot be listed here. */
export function lowerOnce(nice: number): boolean {
  let threads: string[];
  try {
    threads = readdirSync(TASKS);
  } catch {
    return false;
  }
  const target = Math.min(LOWEST, getPriority(process.pid) + nice);
  for (const name of threads) {
    const tid = Number(name);
    if (tid === process.pid) continue;
    try {
      if (getPriority(tid) < target) setPriority(tid, target);
    } catch {
      // the thread ended since the listing
    }
  }
  return true;
}
