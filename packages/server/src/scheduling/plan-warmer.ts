import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { readSnapshot } from '../db/read-snapshot';
import { findProject, listProjects } from '../projects/projects.repository';
import type { SchedulerCache } from './scheduler-cache';
import { loadStoredPlan, type StoredPlanMiss } from './stored-plan-load';

/** What became of one project the warmer loaded ('current': the cache held it already). */
export type WarmOutcome = 'cached' | 'current' | 'no-room' | StoredPlanMiss;

/**
 * Loads stored plans into the scheduler cache at start-up, off the request path, one project at a
 * time with the event loop free between them: every project, most recently changed first, as
 * many as the cache holds. Without it the first read of a large plan schedules it, and the first
 * edit also compiles its network, inside a request (tens of ms each for 1,000 tasks, with every
 * other request waiting behind it). A read that misses the cache later loads the plan itself
 * (ProjectScheduler.plannedOutline).
 *
 * A load reads one snapshot (a read-only transaction, repeatable read on PostgreSQL) and holds the entry
 * under the `plan_stamp` it read, so a write committed meanwhile (a new stamp) leaves it unmatched.
 */
export class PlanWarmer {
  /** Projects waiting, by id, with their workspace (a Map: first queued, first loaded). */
  private readonly queue = new Map<string, string>();
  private draining: Promise<void> | null = null;
  private stopped = false;
  /** Outcomes of loads so far, per kind (diagnostics and tests). */
  readonly outcomes = new Map<WarmOutcome, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly cache: SchedulerCache,
    private readonly warn: (line: string) => void,
  ) {}

  /**
   * Queues every project of every workspace, most recently updated first, while their tasks fit
   * in the cache beside those held (a workspace larger than the cache is loaded as far as it fits;
   * reads load the rest on demand, least recently used dropped). Resolves once all are loaded.
   */
  async warmAll(): Promise<void> {
    const workspaces = await this.db.selectFrom('workspaces').select('workspace_id').execute();
    let planned = 0;
    for (const { workspace_id: workspaceId } of workspaces) {
      const projects = (await listProjects(this.db, workspaceId)).sort((a, b) =>
        a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0,
      );
      for (const project of projects) {
        if (project.task_count === 0) continue;
        if (!this.cache.hasRoomFor(planned + project.task_count)) return this.idle();
        planned += project.task_count;
        this.enqueue(workspaceId, project.id);
      }
    }
    return this.idle();
  }

  /** Resolves when nothing is queued or loading. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Drops what is queued and waits for a load in progress (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.clear();
    await this.idle();
  }

  private enqueue(workspaceId: string, projectId: string): void {
    if (this.stopped || this.queue.has(projectId)) return;
    this.queue.set(projectId, workspaceId);
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
  }

  private async drain(): Promise<void> {
    for (let next = this.queue.entries().next(); !next.done; next = this.queue.entries().next()) {
      const [projectId, workspaceId] = next.value;
      // the event loop serves waiting requests between two loads
      await new Promise((resolve) => setImmediate(resolve));
      if (this.stopped) return;
      try {
        this.count(await this.load(workspaceId, projectId));
      } catch (error) {
        this.warn(`plan warmer: loading project ${projectId} failed: ${(error as Error).message}`);
      }
      this.queue.delete(projectId);
    }
  }

  private async load(workspaceId: string, projectId: string): Promise<WarmOutcome> {
    return readSnapshot(this.db, async (trx) => {
      const project = await findProject(trx, workspaceId, projectId);
      if (!project) return 'absent';
      if (this.cache.peek(projectId, project.plan_stamp)) return 'current';
      const plan = await loadStoredPlan(trx, workspaceId, projectId, project);
      if (typeof plan === 'string') return plan;
      // at start-up nothing held is dropped for a plan loaded ahead of any use
      if (!this.cache.holds(projectId) && !this.cache.hasRoomFor(plan.outline.length)) return 'no-room';
      // held in the snapshot's transaction: a write committed since carries a newer stamp
      this.cache.put(projectId, plan);
      return 'cached';
    });
  }

  private count(outcome: WarmOutcome): void {
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }
}
