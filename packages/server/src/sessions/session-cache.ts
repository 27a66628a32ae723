import type { Actor } from '../auth/actor';

/** How long a looked-up session is trusted without reading its row again, milliseconds. */
export const SESSION_CACHE_MS = 5_000;
/** Sessions held at most (the oldest lookups are dropped first). */
export const SESSION_CACHE_SIZE = 10_000;

interface Held {
  readonly actor: Actor;
  /** `Date.now()` after which the row must be read again. */
  readonly until: number;
  /** `actor.expiresAt` in epoch milliseconds. */
  readonly expiresAtMs: number;
}

/**
 * Actors of recently seen session tokens, by token hash: saves reading the session row on every
 * request. An entry lives `ttlMs` at most and never past the session's expiry; this process
 * forgets a session it deletes (sign-out, rotation) at once, while a session deleted by another
 * server process on the same database stays usable here for up to `ttlMs`.
 */
export class SessionCache {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly ttlMs = SESSION_CACHE_MS,
    private readonly capacity = SESSION_CACHE_SIZE,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The actor of `tokenHash` when looked up less than `ttlMs` ago and not expired; else undefined. */
  get(tokenHash: string): Actor | undefined {
    const entry = this.held.get(tokenHash);
    if (!entry) return undefined;
    const now = this.clock();
    if (now < entry.until && now < entry.expiresAtMs) return entry.actor;
    this.held.delete(tokenHash);
    return undefined;
  }

  put(actor: Actor): void {
    this.held.delete(actor.sessionTokenHash);
    this.held.set(actor.sessionTokenHash, {
      actor,
      until: this.clock() + this.ttlMs,
      expiresAtMs: Date.parse(actor.expiresAt),
    });
    if (this.held.size > this.capacity) {
      const oldest = this.held.keys().next().value;
      if (oldest !== undefined) this.held.delete(oldest);
    }
  }

  forget(tokenHash: string): void {
    this.held.delete(tokenHash);
  }
}
