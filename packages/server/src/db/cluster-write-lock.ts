/** IPC messages of the cluster's write lock (worker → primary: acquire, release; back: granted). */
export interface WriteLockMessage {
  readonly type: 'tandem:write-lock';
  readonly op: 'acquire' | 'release' | 'granted';
  readonly id: number;
}

export function isWriteLockMessage(message: unknown): message is WriteLockMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<WriteLockMessage>;
  return (
    m.type === 'tandem:write-lock' &&
    (m.op === 'acquire' || m.op === 'release' || m.op === 'granted') &&
    typeof m.id === 'number'
  );
}

/** Taken around each write transaction (see SqliteWriteLockDialect). */
export interface WriteLock {
  acquire(): Promise<void>;
  /** Takes the lock at once if it is free here (no waiting, no message); false otherwise. */
  tryAcquire?(): boolean;
  release(): void;
}

/** What a worker needs of its process: `process.send` and `message` events. */
export interface LockChannel {
  send(message: WriteLockMessage): void;
  onMessage(handler: (message: unknown) => void): void;
}

/**
 * A cluster worker's side of the write lock the primary hands out (WriteLockQueue). SQLite lets
 * one connection write at a time, and a `BEGIN IMMEDIATE` that finds another process writing waits
 * in SQLite's busy handler, which sleeps in the calling thread: the whole worker, every request it
 * serves, stops for 1, 2, 5 … ms at a time. Asking the primary first makes that wait a promise, so
 * the worker answers reads meanwhile, and writers take turns in order.
 */
export class ClusterWriteLock implements WriteLock {
  private nextId = 1;
  private readonly waiting = new Map<number, () => void>();
  private held: number | null = null;
  /** The lock is held but not in use: it goes back to the primary on the next turn of the loop. */
  private idle = false;

  constructor(private readonly channel: LockChannel) {
    channel.onMessage((message) => {
      if (!isWriteLockMessage(message) || message.op !== 'granted') return;
      const grant = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (grant) {
        this.held = message.id;
        grant();
      } else {
        // granted to a request nobody waits for any more: hand it straight back
        channel.send({ type: 'tandem:write-lock', op: 'release', id: message.id });
      }
    });
  }

  tryAcquire(): boolean {
    // still held from the last transaction: a burst of writes costs one round trip
    if (this.held === null || !this.idle) return false;
    this.idle = false;
    return true;
  }

  acquire(): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.channel.send({ type: 'tandem:write-lock', op: 'acquire', id });
    });
  }

  /**
   * Gives the lock back once the requests this process has ready have run: a write they start
   * meanwhile takes it again without asking (the other workers wait at most one turn of this
   * process's event loop longer).
   */
  release(): void {
    if (this.held === null || this.idle) return;
    this.idle = true;
    setImmediate(() => {
      if (!this.idle || this.held === null) return;
      this.channel.send({ type: 'tandem:write-lock', op: 'release', id: this.held });
      this.held = null;
      this.idle = false;
    });
  }
}

/**
 * The primary's side: grants the lock to one worker request at a time, in the order asked, and
 * takes it back from a worker that exits holding it.
 */
export class WriteLockQueue {
  private readonly queue: { worker: number; id: number }[] = [];
  private holder: { worker: number; id: number } | null = null;

  constructor(private readonly grant: (worker: number, message: WriteLockMessage) => void) {}

  receive(worker: number, message: WriteLockMessage): void {
    if (message.op === 'acquire') {
      this.queue.push({ worker, id: message.id });
    } else if (message.op === 'release') {
      if (this.holder?.worker === worker && this.holder.id === message.id) this.holder = null;
    }
    this.next();
  }

  /** A worker exited: its place in the queue and any lock it held are gone. */
  forget(worker: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--)
      if (this.queue[i].worker === worker) this.queue.splice(i, 1);
    if (this.holder?.worker === worker) this.holder = null;
    this.next();
  }

  private next(): void {
    if (this.holder) return;
    const turn = this.queue.shift();
    if (!turn) return;
    this.holder = turn;
    this.grant(turn.worker, { type: 'tandem:write-lock', op: 'granted', id: turn.id });
  }
}

/** A cluster worker's lock channel to the primary (`process.send` and its `message` events). */
export function workerLockChannel(): LockChannel {
  return {
    send: (message) => {
      process.send?.(message);
    },
    onMessage: (handler) => {
      process.on('message', handler);
    },
  };
}
