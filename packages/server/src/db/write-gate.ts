import type { WriteLock } from './cluster-write-lock';

/**
 * One process's write lock: a first-come, first-served async mutex. A write transaction takes it
 * around `BEGIN IMMEDIATE … COMMIT` (see SqliteWriteLockDialect), and the background checkpointer
 * takes it to hold writes while it restarts SQLite's log, so writes wait as promises (the process
 * goes on answering reads) instead of in SQLite's busy handler, which sleeps the thread.
 */
export class WriteGate implements WriteLock {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  tryAcquire(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }

  acquire(): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    // handed straight to the next in line: nobody can slip in between
    if (next) next();
    else this.held = false;
  }

  /** Writers waiting for the gate (for tests and diagnostics). */
  get queued(): number {
    return this.waiting.length;
  }
}
