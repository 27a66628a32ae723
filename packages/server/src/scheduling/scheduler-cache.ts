import type { ScheduledTask, Scheduler, SchedulerOptions } from '@tandem/engine';
import type { OutlineEntry } from '../tasks/task-outline';
import type { TaskRow } from '../tasks/tasks.repository';

/** One project's incremental scheduler, held between writes by one server process. */
export interface CachedPlan {
  /** The `projects.plan_stamp` this process wrote with the schedule below. */
  readonly stamp: string;
  /** The engine's incremental scheduler, fed the project as stored under `stamp`. */
  readonly scheduler: Scheduler;
  /** The task rows as stored under `stamp`, in outline order (the scheduler's task order). */
  readonly outline: readonly OutlineEntry<TaskRow>[];
  /** Index in `outline` of each task id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * The scheduler's result tasks under `stamp` (what `outline`'s rows store), in outline order.
   * The scheduler's own list (CACHED_SCHEDULER): its next result reuses it, so read it only while
   * this is the scheduler's latest result.
   */
  readonly scheduled: readonly ScheduledTask[];
  /**
   * Whether `outline` was handed out to be read after an await (SchedulerCache.lend): the next
   * edit then works on a copy of it, entries, rows and analysis objects included. Otherwise it
   * edits the outline, its entries, rows and analysis in place, since every other reader reads
   * the outline at once (peek): copies per edit were most of what the server's full collections
   * had to mark under load.
   */
  lent: boolean;
}

/**
 * How the cache's schedulers are made: an entry holds only its scheduler's latest result (an edit
 * takes the entry out and puts its successor back, a failed one leaves it out), so each result
 * may reuse the previous one's task list instead of copying it per edit.
 */
export const CACHED_SCHEDULER: SchedulerOptions = { resultsInPlace: true };

/** Tasks held across all cached projects by default (a 10,000-task plan is a few MB). */
export const DEFAULT_CACHED_TASKS = 200_000;

/**
 * Per-process cache of incremental schedulers by project id, least recently used dropped first
 * once more than `maxTasks` tasks are held. An entry is trusted only while the project row's
 * `plan_stamp` is the entry's `stamp` (ProjectScheduler checks it under the project lock): any
 * reschedule, by this process or another, writes a new stamp, and a rolled-back one leaves the old
 * stamp in the row and the entry unmatched.
 */
export class SchedulerCache {
  private readonly entries = new Map<string, CachedPlan>();
  private heldTasks = 0;

  constructor(private readonly maxTasks = DEFAULT_CACHED_TASKS) {
    if (!Number.isInteger(maxTasks) || maxTasks < 0) {
      throw new Error(`SchedulerCache: maxTasks must be a whole number ≥ 0, got ${maxTasks}`);
    }
  }

  /** The entry for `projectId` when it was written under `stamp`; else undefined (and it is dropped). */
  take(projectId: string, stamp: string | null): CachedPlan | undefined {
    const entry = this.entries.get(projectId);
    if (!entry) return undefined;
    this.forget(projectId);
    // a matching entry is handed out and must be put back: an edit mutates its scheduler in place
    return stamp !== null && entry.stamp === stamp ? entry : undefined;
  }

  /**
   * The entry for `projectId` when it was written under `stamp`, left in place: for reads, which
   * use only its outline, and must read it before their next await (the next edit may replace
   * its entries in place); see lend.
   */
  peek(projectId: string, stamp: string | null): CachedPlan | undefined {
    const entry = this.entries.get(projectId);
    return entry && stamp !== null && entry.stamp === stamp ? entry : undefined;
  }

  /** peek, for a reader that may read the outline after an await: the next edit copies it. */
  lend(projectId: string, stamp: string | null): CachedPlan | undefined {
    const entry = this.peek(projectId, stamp);
    if (entry) entry.lent = true;
    return entry;
  }

  /** Holds `entry` for its project, replacing any older one. */
  put(projectId: string, entry: CachedPlan): void {
    this.forget(projectId);
    if (entry.outline.length > this.maxTasks) return;
    this.entries.set(projectId, entry);
    this.heldTasks += entry.outline.length;
    for (const [id, held] of this.entries) {
      if (this.heldTasks <= this.maxTasks) break;
      this.entries.delete(id);
      this.heldTasks -= held.outline.length;
    }
  }

  forget(projectId: string): void {
    const entry = this.entries.get(projectId);
    if (!entry) return;
    this.entries.delete(projectId);
    this.heldTasks -= entry.outline.length;
  }

  /** Projects held (tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  /** Whether a plan of `tasks` more tasks fits beside those held without dropping any. */
  hasRoomFor(tasks: number): boolean {
    return this.heldTasks + tasks <= this.maxTasks;
  }

  /** Whether an entry is held for `projectId`, whatever its stamp. */
  holds(projectId: string): boolean {
    return this.entries.has(projectId);
  }
}
