import {
  createScheduler,
  schedule as engineSchedule,
  formatDateTime,
  type ProjectInput,
  type ScheduleResult,
} from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { notifyForecastSlips } from '../notifications/forecast-slips';
import { findProject, lockProject, type ProjectRow, stampProjectPlan } from '../projects/projects.repository';
import type { StoredOutline } from '../tasks/rescheduled-tasks';
import { buildOutline, type OutlineEntry } from '../tasks/task-outline';
import { findTask, listTasks, type TaskRow } from '../tasks/tasks.repository';
import { type CachedPlanEdit, editCachedPlan } from './cached-plan-edit';
import { cachedPlan, carryAnalysis } from './cached-plan-entries';
import { PLAN_EDIT_MESSAGE, type PlanEditMessage } from './plan-edit-message';
import { PlanStrings } from './plan-strings';
import { PlanWarmer } from './plan-warmer';
import { readPlannedOutline } from './planned-outline';
import { loadProjectInput } from './project-input-load';
import { toScheduleProblem } from './schedule-problem';
import {
  applyScheduleChanges,
  changedIds,
  scheduleChanges,
  storedSchedules,
  writeSchedules,
} from './schedule-writes';
import { CACHED_SCHEDULER, type CachedPlan, SchedulerCache } from './scheduler-cache';
import { holdStoredPlan } from './stored-plan-load';

export { loadProjectInput } from './project-input-load';

export type ScheduleFunction = (project: ProjectInput) => ScheduleResult;

export interface RescheduleReport {
  /** Whether a scheduler ran (false for a ProjectScheduler made without one). */
  readonly scheduled: boolean;
  /**
   * Tasks whose schedule changed: start, finish or (summary) duration, or the analysis the Gantt
   * draws (critical, total and free slack, late start and finish: alone for `reanalysedTaskIds`).
   */
  readonly changedTaskIds: readonly string[];
  readonly reanalysedTaskIds?: ReadonlySet<string>;
  /**
   * The project's task rows as stored after the reschedule, with their outline places (level,
   * WBS, summary) and analysis, in outline order (when a scheduler ran).
   */
  readonly outline?: readonly OutlineEntry<TaskRow>[];
  /** Index in `outline` of each task id (when the scheduler cache keeps the plan). */
  readonly indexOf?: ReadonlyMap<string, number>;
  /** Whether a cached incremental scheduler took the edit (else the project was loaded whole). */
  readonly incremental?: boolean;
  /** Whether the project's finish changed (when a scheduler ran). */
  readonly finishMoved?: boolean;
  /** An edit taken in place, for the other serving processes once committed (announceEdit). */
  readonly replication?: PlanEditMessage;
}

/** How long a read waits for another process's edit to arrive before reading the database, ms. */
export const REPLICATION_WAIT_MS = 10;

/** What `store` reports: the outline it wrote, and fields its callers fill in. */
type StoredReport = RescheduleReport & {
  readonly outline: OutlineEntry<TaskRow>[];
  indexOf?: ReadonlyMap<string, number>;
  incremental?: boolean;
  replication?: PlanEditMessage;
};

/** The engine's CPM schedule: the default, and the one whose incremental scheduler is cached. */
const scheduleWithEngine: ScheduleFunction = (project) => engineSchedule(project);

/**
 * What the caller of `reschedule` changed since the last reschedule, when it was only some
 * columns of one task row (already written in the transaction): lets a cached scheduler take the
 * edit in place instead of rescheduling the whole project.
 */
export interface PlanEdit {
  readonly taskId: string;
  /** The task's row as written, when the caller has it (saves reading it again). */
  readonly row?: TaskRow;
  /** The project's row as read under its lock in this transaction (saves reading it again). */
  readonly project?: ProjectRow;
}

/**
 * Keeps stored task dates equal to what the engine computes: loads a project's tasks, links and
 * calendar, runs the scheduler, and writes changed start/finish (and summary spans) back, all in
 * the caller's transaction. Called after every write that can move dates.
 *
 * With the engine's scheduler, each process keeps the projects it rescheduled as incremental
 * schedulers (SchedulerCache); a one-task edit (`PlanEdit`) whose cache entry still matches the
 * project's `plan_stamp` re-runs only the affected part of the network and never reloads the
 * project. Every reschedule writes a new stamp, so the stored rows and the answer are exactly what
 * a full reschedule gives.
 */
export class ProjectScheduler {
  private readonly cache: SchedulerCache | null;
  private warmer: PlanWarmer | null = null;
  private replicate: ((message: PlanEditMessage) => void) | null = null;
  /** Reads waiting for a replicated edit of a project (storedOutlineSoon). */
  private readonly waiters = new Map<string, Set<() => void>>();

  /**
   * @param schedule the engine's CPM `schedule` by default; a stand-in in tests, or null to keep
   *   stored dates as they are (outline-only tests).
   * @param cache where incremental schedulers are kept (only with the engine's scheduler).
   */
  constructor(
    private readonly schedule: ScheduleFunction | null = scheduleWithEngine,
    cache: SchedulerCache = new SchedulerCache(),
  ) {
    this.cache = schedule === scheduleWithEngine ? cache : null;
  }

  /**
   * The warmer that loads stored plans into the cache off the request path at start-up (see
   * PlanWarmer). Null without a cache (a stand-in scheduler).
   */
  startWarming(db: Kysely<Database>, warn: (line: string) => void): PlanWarmer | null {
    if (!this.cache) return null;
    this.warmer ??= new PlanWarmer(db, this.cache, warn);
    return this.warmer;
  }

  /** Whether dates are computed at all (false only for a scheduler made with null). */
  get available(): boolean {
    return this.schedule !== null;
  }

  /**
   * The project's task rows in outline order as stored under `planStamp` (the project row's
   * `plan_stamp`, read by the caller), when this process rescheduled or loaded it last; else
   * undefined, and the caller reads them. Saves reading and ordering every row of a large plan.
   * Read the outline before the next await: the next edit may change it in place (a reader that
   * cannot, uses storedOutlineSoon).
   */
  storedOutline(
    projectId: string,
    planStamp: string | null,
  ): Pick<CachedPlan, 'outline' | 'indexOf'> | undefined {
    return this.cache?.peek(projectId, planStamp);
  }

  /**
   * The project's outline with each task's analysis, to present tasks from: the plan this process
   * holds under the project's stored stamp, else the plan as stored, loaded (and cached) now (see
   * readPlannedOutline). Without a scheduler, or when the engine refuses the stored plan, the
   * entries carry no analysis and tasks are presented at their own dates.
   */
  plannedOutline(db: Kysely<Database>, workspaceId: string, projectId: string): Promise<StoredOutline> {
    return readPlannedOutline({ cache: this.cache, schedule: this.schedule }, db, workspaceId, projectId);
  }

  /**
   * Locks the project for a write that reschedules it (lockProject) and holds its plan as stored
   * (holdStoredPlan): call it before the transaction writes anything. Undefined when the project
   * is not in the workspace.
   */
  async lockPlan(
    trx: Kysely<Database>,
    workspaceId: string,
    projectId: string,
  ): Promise<ProjectRow | undefined> {
    const project = await lockProject(trx, workspaceId, projectId);
    if (project) await this.holdStoredPlan(trx, project);
    return project;
  }

  /**
   * Makes sure this process holds the project's plan as stored, before a write changes it (`trx`
   * holds the project's lock and has written nothing yet, `project` is its row read there): a
   * plan another process changed since is loaded again. The reschedule after the write then compares with it, and answers with
   * the tasks whose analysis changed rather than every task (the analysis is not stored), and a
   * one-task edit is taken in place. Nothing without a cache, or when the stored plan does not load.
   */
  async holdStoredPlan(trx: Kysely<Database>, project: ProjectRow): Promise<void> {
    if (this.cache) await holdStoredPlan(this.cache, trx, project);
  }

  async reschedule(
    trx: Kysely<Database>,
    workspaceId: string,
    projectId: string,
    edit?: PlanEdit,
  ): Promise<RescheduleReport> {
    const report = await this.rescheduleProject(trx, workspaceId, projectId, edit);
    // a feature forecast that just passed its target tells the owner, in this same transaction;
    // after an edit taken in place, only features linked to what it moved can have changed
    const moves =
      edit && report.incremental
        ? {
            taskIds: new Set([edit.taskId, ...report.changedTaskIds]),
            finishMoved: report.finishMoved ?? true,
          }
        : undefined;
    await notifyForecastSlips(trx, workspaceId, projectId, moves);
    return report;
  }

  private async rescheduleProject(
    trx: Kysely<Database>,
    workspaceId: string,
    projectId: string,
    edit?: PlanEdit,
  ): Promise<RescheduleReport> {
    const project =
      edit?.project?.id === projectId ? edit.project : await findProject(trx, workspaceId, projectId);
    if (!project) throw new Error(`reschedule: project ${projectId} is not in workspace ${workspaceId}`);
    const stamp = newId();
    // the plan as last answered: an edit may take it in place, and a full reschedule compares the
    // analysis it computes with the one held there (the analysis is not stored, see TaskAnalysis)
    const cached = this.cache?.take(projectId, project.plan_stamp);
    if (cached && edit) {
      const report = await this.rescheduleEdit(trx, project, cached, edit, stamp);
      if (report) return report;
    }
    const strings = new PlanStrings();
    const outline = carryAnalysis(
      buildOutline(strings.taskRows(await listTasks(trx, workspaceId, projectId))),
      cached,
    );
    if (outline.length === 0) {
      await stampProjectPlan(trx, workspaceId, projectId, stamp, project.finish !== null ? null : undefined);
      return { scheduled: this.available, changedTaskIds: [] };
    }
    if (!this.schedule) {
      await stampProjectPlan(trx, workspaceId, projectId, stamp);
      return { scheduled: false, changedTaskIds: [] };
    }
    const input = await loadProjectInput(trx, project, outline, strings);
    let result: ScheduleResult;
    let scheduler: CachedPlan['scheduler'] | null = null;
    try {
      if (this.cache) {
        scheduler = createScheduler(input, CACHED_SCHEDULER);
        result = scheduler.result();
      } else {
        result = this.schedule(input);
      }
    } catch (error) {
      throw toScheduleProblem(error);
    }
    const report = await this.store(trx, project, outline, result, stamp);
    if (!scheduler || !this.cache) return report;
    const plan = cachedPlan(stamp, scheduler, report.outline, result.tasks);
    this.cache.put(projectId, plan);
    report.indexOf = plan.indexOf;
    return report;
  }

  /**
   * The incremental path: applies the edited task's stored row to the cached scheduler and stores
   * what changed. Null (the entry dropped) when the edit is not one it can take in place.
   */
  private async rescheduleEdit(
    trx: Kysely<Database>,
    project: ProjectRow,
    cached: CachedPlan,
    edit: PlanEdit,
    stamp: string,
  ): Promise<StoredReport | null> {
    const row =
      edit.row?.id === edit.taskId ? edit.row : await findTask(trx, project.workspace_id, edit.taskId);
    if (!row || row.project_id !== project.id) return null;
    let edited: CachedPlanEdit | null;
    try {
      edited = editCachedPlan(cached, row);
    } catch (error) {
      // the scheduler may hold part of the edit: it is not put back
      throw toScheduleProblem(error);
    }
    if (!edited) return null;
    const report = await this.store(trx, project, edited.outline, edited.result, stamp, edited);
    const plan = cachedPlan(stamp, cached.scheduler, report.outline, edited.result.tasks, cached.indexOf);
    this.cache?.put(project.id, plan);
    // for the other serving processes that hold the plan as it was, once committed (see announceEdit)
    report.replication = {
      type: PLAN_EDIT_MESSAGE,
      projectId: project.id,
      fromStamp: cached.stamp,
      toStamp: stamp,
      row,
    };
    report.indexOf = plan.indexOf;
    report.incremental = true;
    return report;
  }

  /**
   * Follows an edit another serving process made (`message`, sent after its rescheduleEdit) on a
   * plan this process holds as it was before that edit: the same row fed to the same scheduler
   * gives the same rows, so the cached plan becomes the one stored under the new stamp without a
   * read. A plan held under another stamp is left as it is (it may be newer than the message, and
   * an older one is dropped by the next write anyway); an edit the plan cannot take in place drops
   * it, to be loaded again. Answers whether the plan followed.
   */
  applyReplicatedEdit(message: PlanEditMessage): boolean {
    if (!this.cache?.peek(message.projectId, message.fromStamp)) return false;
    const cached = this.cache.take(message.projectId, message.fromStamp);
    if (!cached) return false;
    let edited: CachedPlanEdit | null;
    try {
      edited = editCachedPlan(cached, message.row);
    } catch {
      return false;
    }
    if (!edited) return false;
    applyScheduleChanges(edited.outline, edited.changes, true);
    const plan = cachedPlan(
      message.toStamp,
      cached.scheduler,
      edited.outline,
      edited.result.tasks,
      cached.indexOf,
    );
    this.cache.put(message.projectId, plan);
    for (const wake of [...(this.waiters.get(message.projectId) ?? [])]) wake();
    return true;
  }

  /**
   * storedOutline, or, in a cluster following other processes' edits, that outline once the edit
   * that wrote `planStamp` has arrived from the process that made it (within REPLICATION_WAIT_MS):
   * a read that comes just after another process's edit otherwise finds the plan one edit behind
   * and reads the whole project from the database. Undefined when it does not arrive in time.
   * The outline is lent (SchedulerCache.lend): the caller reads it after an await.
   */
  async storedOutlineSoon(
    projectId: string,
    planStamp: string | null,
  ): Promise<Pick<CachedPlan, 'outline' | 'indexOf'> | undefined> {
    const held = this.cache?.lend(projectId, planStamp);
    if (held || !this.replicate || planStamp === null || !this.cache?.holds(projectId)) return held;
    await new Promise<void>((resolve) => {
      const waiters = this.waiters.get(projectId) ?? new Set<() => void>();
      this.waiters.set(projectId, waiters);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0 && this.waiters.get(projectId) === waiters) this.waiters.delete(projectId);
        resolve();
      };
      const timer = setTimeout(done, REPLICATION_WAIT_MS);
      waiters.add(done);
    });
    return this.cache?.lend(projectId, planStamp);
  }

  /** Where announceEdit sends edits (the other serving processes, see plan-replication.ts). */
  replicateEditsTo(send: (message: PlanEditMessage) => void): void {
    this.replicate = send;
  }

  /**
   * Tells the other serving processes about an edit taken in place (`RescheduleReport.replication`)
   * once its transaction has committed: sent earlier, a process could follow it and then find the
   * old stamp still stored.
   */
  announceEdit(message: PlanEditMessage | undefined): void {
    if (message) this.replicate?.(message);
  }

  /**
   * Writes the schedule's changes to the rows in `outline` (every task compared, unless an edit of
   * the cached plan found them; only moved dates are written, the analysis is held with the
   * outline), the finish and the new stamp. The caller hands over `outline` (an array no reader
   * holds): the changes are put on it (in place for an `edited` cached plan), and it is the report's.
   */
  private async store(
    trx: Kysely<Database>,
    project: ProjectRow,
    outline: OutlineEntry<TaskRow>[],
    result: ScheduleResult,
    stamp: string,
    edited?: Pick<CachedPlanEdit, 'changes'>,
  ): Promise<StoredReport> {
    const changes = edited?.changes ?? scheduleChanges(outline, result.tasks);
    await writeSchedules(trx, project.workspace_id, storedSchedules(changes));
    const finish = formatDateTime(result.finish);
    await stampProjectPlan(
      trx,
      project.workspace_id,
      project.id,
      stamp,
      finish !== project.finish ? finish : undefined,
    );
    applyScheduleChanges(outline, changes, edited !== undefined);
    return {
      scheduled: true,
      finishMoved: finish !== project.finish,
      ...changedIds(outline, changes),
      outline,
    };
  }
}
