import { existsSync, readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { lowerHelperThreads, lowerOnce } from './helper-thread-priority';

const threads = () => readdirSync('/proc/self/task').map(Number);
const workers: Worker[] = [];

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.terminate()));
});

describe.skipIf(!existsSync('/proc/self/task'))('lowerHelperThreads', () => {
  it('lowers every thread but the serving one, also threads started later', async () => {
    const before = new Set(threads());
    const own = getPriority(process.pid);
    const stop = lowerHelperThreads(3);
    try {
      for (const tid of before) {
        if (tid === process.pid) continue;
        // a thread may have ended since the listing
        let priority: number;
        try {
          priority = getPriority(tid);
        } catch {
          continue;
        }
        expect(priority, `thread ${tid}`).toBeGreaterThanOrEqual(Math.min(19, own + 3));
      }
      expect(getPriority(process.pid)).toBe(own);

      const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
      workers.push(worker);
      await new Promise((resolve) => worker.once('online', resolve));
      const started = threads().filter((tid) => !before.has(tid));
      expect(started.length).toBeGreaterThan(0);
      expect(started.some((tid) => getPriority(tid) < Math.min(19, own + 3))).toBe(true);
      expect(lowerOnce(3)).toBe(true);
      for (const tid of started)
        expect(getPriority(tid), `thread ${tid}`).toBeGreaterThanOrEqual(Math.min(19, own + 3));
    } finally {
      stop();
    }
  });

  it('leaves every thread as it is with nice 0', () => {
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    workers.push(worker);
    const snapshot = () => new Map(threads().map((tid) => [tid, getPriority(tid)]));
    return new Promise<void>((resolve) => worker.once('online', resolve)).then(() => {
      const before = snapshot();
      lowerHelperThreads(0)();
      expect(snapshot()).toEqual(before);
    });
  });
});
