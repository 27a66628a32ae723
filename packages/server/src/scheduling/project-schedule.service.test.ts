import { DEFAULT_PROJECT_CALENDAR } from '@tandem/api';
import { type ProjectInput, ScheduleInputError, type ScheduleResult } from '@tandem/engine';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/create-database';
import { newId } from '../db/ids';
import { migrateToLatest } from '../db/migrate';
import { ProblemError } from '../http/problem-error';
import { insertLinks } from '../links/links.repository';
import { insertProject } from '../projects/projects.repository';
import { insertTask, listTasks, type TaskRow, UNSCHEDULED_TASK } from '../tasks/tasks.repository';
import { describeEachDatabase } from '../testing/databases';
import { createWorkspaceWithOwner } from '../workspaces/workspaces.service';
import { ProjectScheduler, type ScheduleFunction } from './project-schedule.service';
import { writeSchedules } from './schedule-writes';

// writeSchedules as it is, watched: a test checks which rows a reschedule writes
vi.mock('./schedule-writes', async (importOriginal) => {
  const original = await importOriginal<typeof import('./schedule-writes')>();
  return { ...original, writeSchedules: vi.fn(original.writeSchedules) };
});

/** A stand-in scheduler: task i starts i hours after the project start and lasts its duration. */
const staggered: ScheduleFunction = (project: ProjectInput): ScheduleResult => {
  const tasks = project.tasks.map((task, i) => {
    const start = project.settings.start + i * 60;
    const finish = start + task.duration;
    return {
      id: task.id,
      start,
      finish,
      earlyStart: start,
      earlyFinish: finish,
      lateStart: start,
      lateFinish: finish,
      totalSlack: 0,
      freeSlack: 0,
      critical: true,
      summary: false,
      duration: task.duration as number,
      missedDeadline: false,
    };
  });
  return {
    start: project.settings.start,
    finish: Math.max(...tasks.map((t) => t.finish)),
    tasks,
    criticalPath: tasks.map((t) => t.id),
    issues: [],
  };
};

describeEachDatabase('ProjectScheduler', (database) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  let projectId: string;
  const seen: ProjectInput[] = [];

  beforeAll(async () => {
    handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
    const now = new Date().toISOString();
    const userId = newId();
    await handle.db
      .insertInto('users')
      .values({
        id: userId,
        email: `${userId}@example.test`,
        name: 'U',
        password_hash: 'x',
        created_at: now,
        updated_at: now,
      })
      .execute();
    workspaceId = (await createWorkspaceWithOwner(handle.db, { name: 'W', ownerId: userId })).workspace_id;
    projectId = newId();
    await insertProject(handle.db, {
      workspace_id: workspaceId,
      id: projectId,
      name: 'P',
      description: '',
      start: '2026-03-02T08:00:00',
      finish: null,
      status: 'planned',
      calendar: JSON.stringify(DEFAULT_PROJECT_CALENDAR),
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const task = (id: string, position: number, duration: number): TaskRow => ({
      workspace_id: workspaceId,
      id,
      project_id: projectId,
      parent_id: null,
      position,
      name: id,
      duration,
      duration_unit: 'h',
      start: '2026-03-02T08:00:00',
      finish: '2026-03-02T08:00:00',
      milestone: 0,
      percent_complete: 0,
      constraint_type: 'ASAP',
      constraint_date: null,
      deadline: null,
      notes: '',
      version: 3,
      created_at: now,
      updated_at: now,
      ...UNSCHEDULED_TASK,
    });
    const [a, b] = [newId(), newId()];
    await insertTask(handle.db, task(a, 0, 120));
    await insertTask(handle.db, task(b, 1, 0));
    await insertLinks(handle.db, [
      {
        workspace_id: workspaceId,
        id: newId(),
        project_id: projectId,
        predecessor_id: a,
        successor_id: b,
        type: 'FS',
        lag: 30,
        lag_unit: 'm',
        version: 1,
        created_at: now,
        updated_at: now,
      },
    ]);
  });

  afterAll(async () => {
    await handle?.close();
  });

  it('writes the computed dates back and leaves versions alone', async () => {
    const scheduler = new ProjectScheduler((input) => {
      seen.push(input);
      return staggered(input);
    });
    const report = await handle.db
      .transaction()
      .execute((trx) => scheduler.reschedule(trx, workspaceId, projectId));
    expect(report.scheduled).toBe(true);
    expect(report.changedTaskIds).toHaveLength(2);
    const rows = (await listTasks(handle.db, workspaceId, projectId)).sort((x, y) => x.position - y.position);
    expect(rows.map((r) => [r.start, r.finish, r.version])).toEqual([
      ['2026-03-02T08:00:00', '2026-03-02T10:00:00', 3],
      ['2026-03-02T09:00:00', '2026-03-02T09:00:00', 3],
    ]);
    const project = await handle.db
      .selectFrom('projects')
      .select('finish')
      .where('id', '=', projectId)
      .executeTakeFirst();
    expect(project?.finish).toBe('2026-03-02T10:00:00');
  });

  it('maps tasks in outline order, links and the project calendar for the engine', () => {
    const input = seen[0];
    expect(input.settings.start).toBe(Date.UTC(2026, 2, 2, 8) / 60000);
    expect(input.tasks.map((t) => [t.order, t.duration, t.durationUnit])).toEqual([
      [0, 120, 'h'],
      [1, 0, 'h'],
    ]);
    expect(input.links).toEqual([
      expect.objectContaining({ type: 'FS', lag: 30, lagUnit: 'm', predecessorId: input.tasks[0].id }),
    ]);
    expect(input.calendars[0].week.map((d) => d?.working)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('writes no row when the dates are already right, and presents the analysis it computed', async () => {
    const before = await listTasks(handle.db, workspaceId, projectId);
    vi.mocked(writeSchedules).mockClear();
    const report = await handle.db
      .transaction()
      .execute((trx) => new ProjectScheduler(staggered).reschedule(trx, workspaceId, projectId));
    expect(vi.mocked(writeSchedules).mock.calls.map(([, , rows]) => rows.length)).toEqual([0]);
    expect(await listTasks(handle.db, workspaceId, projectId)).toEqual(before);
    // the analysis is not stored and this stand-in holds no plan: every task's counts as changed
    expect(report.changedTaskIds).toHaveLength(2);
    expect(report.outline?.map((entry) => entry.analysis?.critical)).toEqual([true, true]);
  });

  it('turns a cycle reported by the engine into a 409 problem naming the tasks', async () => {
    const cyclic = new ProjectScheduler(() => {
      throw new ScheduleInputError('cycle', 'tasks a → b → a form a cycle', ['a', 'b']);
    });
    const error = await handle.db
      .transaction()
      .execute((trx) => cyclic.reschedule(trx, workspaceId, projectId))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(409);
    expect((error as ProblemError).detail).toContain('cycle');
  });
});
