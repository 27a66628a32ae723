/**
 * Which workspaces this process wrote notifications in that the live feed has not announced yet,
 * so that the announcer queries the database only then, not after every task edit. A count per
 * workspace: inserts add, claims subtract. Rows of a rolled-back write never appear, so a count
 * left over is dropped once `ttlMs` has passed since the last insert.
 */
export class AnnounceHints {
  private readonly pending = new Map<string, { count: number; notedAt: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** `count` notifications were written in `workspaceId` (inside a transaction not yet committed). */
  note(workspaceId: string, count: number): void {
    if (count <= 0) return;
    const entry = this.pending.get(workspaceId);
    this.pending.set(workspaceId, { count: (entry?.count ?? 0) + count, notedAt: this.now() });
  }

  /** Whether a claim in `workspaceId` may find something. */
  has(workspaceId: string): boolean {
    const entry = this.pending.get(workspaceId);
    if (!entry) return false;
    if (this.now() - entry.notedAt > this.ttlMs) {
      this.pending.delete(workspaceId);
      return false;
    }
    return true;
  }

  /** `count` notifications of `workspaceId` were announced. */
  claimed(workspaceId: string, count: number): void {
    const entry = this.pending.get(workspaceId);
    if (!entry) return;
    if (entry.count - count <= 0) this.pending.delete(workspaceId);
    else this.pending.set(workspaceId, { ...entry, count: entry.count - count });
  }
}

/** The process's hints: forecast checks note, the announcer reads (one server per process). */
export const announceHints = new AnnounceHints();
