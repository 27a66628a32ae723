import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EngineJob, EngineJobResults, JobAnswer } from './engine-jobs';

/** The engine refused the job's input (a cycle, an estimate out of order): a 4xx, not a crash. */
export class EngineInputError extends Error {}

/** A job ran past its time limit; its worker was stopped (no request may hold a core for ever). */
export class EngineTimeoutError extends Error {}

interface Pending {
  readonly job: EngineJob;
  readonly timeoutMs: number;
  readonly resolve: (result: EngineJobResults[EngineJob['kind']]) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker | null;
  running: (Pending & { id: number; timer: NodeJS.Timeout }) | null;
  idleTimer: NodeJS.Timeout | null;
}

export interface EngineWorkerPoolOptions {
  /** Workers at most; each runs one job at a time. Default: one core left to the request thread. */
  readonly size?: number;
  /** A worker with no job for this long is stopped (its start-up costs ~0.5 s, so keep it a while). */
  readonly idleMs?: number;
}

/**
 * Runs engine jobs (Monte Carlo simulations, what-if levelling) on worker threads, so the event
 * loop keeps answering requests while a job takes its second of CPU. Workers start on demand, stay
 * up while jobs come (tsx and the engine load once, not per job) and stop when idle; they never
 * keep the process alive. Jobs wait in order when every worker is busy.
 */
export class EngineWorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private readonly idleMs: number;
  private nextId = 1;

  constructor(options: EngineWorkerPoolOptions = {}) {
    const size = options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    this.slots = Array.from({ length: size }, () => ({ worker: null, running: null, idleTimer: null }));
    this.idleMs = options.idleMs ?? 60_000;
  }

  /** Runs `job` on a worker; rejects with EngineInputError when the engine refuses its input. */
  run<K extends EngineJob['kind']>(
    job: Extract<EngineJob, { kind: K }>,
    timeoutMs: number,
  ): Promise<EngineJobResults[K]> {
    return new Promise<EngineJobResults[K]>((resolve, reject) => {
      this.queue.push({
        job,
        timeoutMs,
        resolve: resolve as (result: EngineJobResults[EngineJob['kind']]) => void,
        reject,
      });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs running or waiting are refused. */
  async close(): Promise<void> {
    const stopped = new Error('the engine workers were stopped');
    for (const pending of this.queue.splice(0)) pending.reject(stopped);
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.running) {
          clearTimeout(slot.running.timer);
          slot.running.reject(stopped);
          slot.running = null;
        }
        await this.stop(slot);
      }),
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.running) continue;
      const pending = this.queue.shift() as Pending;
      const worker = this.workerOf(slot);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      const id = this.nextId++;
      const timer = setTimeout(() => this.timeOut(slot, id), pending.timeoutMs);
      slot.running = { ...pending, id, timer };
      worker.ref();
      worker.postMessage({ id, job: pending.job });
    }
  }

  private workerOf(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const worker = new Worker(new URL('./engine.worker.js', import.meta.url));
    worker.unref();
    worker.on('message', (answer: JobAnswer) => this.answered(slot, answer));
    worker.on('error', (error) => this.failed(slot, worker, error));
    worker.on('exit', (code) => {
      if (slot.worker === worker)
        this.failed(slot, worker, new Error(`an engine worker exited (code ${code})`));
    });
    slot.worker = worker;
    return worker;
  }

  private answered(slot: Slot, answer: JobAnswer): void {
    const running = slot.running;
    if (!running || running.id !== answer.id) return;
    clearTimeout(running.timer);
    slot.running = null;
    if (answer.ok) running.resolve(answer.result);
    else running.reject(new EngineInputError(answer.message));
    this.settle(slot);
  }

  /** The worker died (an error thrown outside a job, out of memory): its job fails, a new one starts. */
  private failed(slot: Slot, worker: Worker, error: Error): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    void worker.terminate();
    const running = slot.running;
    slot.running = null;
    if (running) {
      clearTimeout(running.timer);
      running.reject(error);
    }
    this.settle(slot);
  }

  private timeOut(slot: Slot, id: number): void {
    const running = slot.running;
    if (!running || running.id !== id) return;
    slot.running = null;
    const worker = slot.worker;
    slot.worker = null;
    void worker?.terminate();
    running.reject(
      new EngineTimeoutError(
        `the ${running.job.kind} job ran longer than ${running.timeoutMs / 1000} s and was stopped`,
      ),
    );
    this.settle(slot);
  }

  /** After a job: the next one waiting, or the worker idles (and stops after a while). */
  private settle(slot: Slot): void {
    this.dispatch();
    if (slot.running || !slot.worker) return;
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void this.stop(slot), this.idleMs);
    slot.idleTimer.unref();
  }

  private async stop(slot: Slot): Promise<void> {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    const worker = slot.worker;
    slot.worker = null;
    if (worker) await worker.terminate();
  }
}

/** The process's pool: simulations and what-if levelling share its workers. */
export const engineWorkers = new EngineWorkerPool();
