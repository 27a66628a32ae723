import type {
  Calendar,
  CalendarWriteResult,
  CreateCalendarRequest,
  ScheduleChanges,
  UpdateCalendarRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { type CommittedWrite, changedIdsOf } from '../scheduling/committed-write';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { presentChanges } from '../tasks/rescheduled-tasks';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentCalendar } from './calendar.presenter';
import { checkCalendar } from './calendar-check';
import { calendarPolicy } from './calendars.policy';
import {
  type CalendarRow,
  deleteCalendar,
  findCalendarForUser,
  insertCalendar,
  listCalendars,
  projectsUsingCalendars,
  updateCalendarIfVersion,
} from './calendars.repository';

/** Microsoft Project's Standard week: Monday–Friday 08:00–12:00 and 13:00–17:00. */
const STANDARD_DAY = {
  working: true,
  ranges: [
    { from: 480, to: 720 },
    { from: 780, to: 1020 },
  ],
};
const DAY_OFF = { working: false, ranges: [] };
const STANDARD_WEEK = [
  DAY_OFF,
  STANDARD_DAY,
  STANDARD_DAY,
  STANDARD_DAY,
  STANDARD_DAY,
  STANDARD_DAY,
  DAY_OFF,
];
const INHERITED_WEEK = [null, null, null, null, null, null, null];

export class CalendarsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  async list(userId: string, workspaceId: string): Promise<Calendar[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    return (await listCalendars(this.db, workspaceId)).map(presentCalendar);
  }

  async get(userId: string, calendarId: string): Promise<Calendar> {
    return presentCalendar(await this.requireCalendar(this.db, userId, calendarId));
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateCalendarRequest,
  ): Promise<CommittedWrite<Calendar>> {
    return this.db.transaction().execute(async (trx) => {
      const workspace = await requireWorkspace(trx, workspaceId, userId);
      if (!calendarPolicy.edit(workspace.role))
        throw problems.forbidden(`a ${workspace.role} cannot change calendars`);
      const baseCalendarId = input.baseCalendarId ?? null;
      const now = nowUtc();
      const row: CalendarRow = {
        workspace_id: workspaceId,
        id: newId(),
        name: input.name,
        base_calendar_id: baseCalendarId,
        week: JSON.stringify(input.week ?? (baseCalendarId === null ? STANDARD_WEEK : INHERITED_WEEK)),
        exceptions: JSON.stringify(input.exceptions ?? []),
        work_weeks: JSON.stringify(input.workWeeks ?? []),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      const calendar = presentCalendar(row);
      checkCalendar(calendar, (await listCalendars(trx, workspaceId)).map(presentCalendar));
      await insertCalendar(trx, row);
      return {
        body: calendar,
        change: { workspaceId, projectId: null, entity: 'calendar', kind: 'upsert', ids: [row.id] },
      };
    });
  }

  /** Partial update with optimistic concurrency; every project using the calendar (or one derived from it) is rescheduled. */
  async update(
    userId: string,
    calendarId: string,
    input: UpdateCalendarRequest,
  ): Promise<CommittedWrite<CalendarWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireCalendar(trx, userId, calendarId);
      if (!calendarPolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change calendars`);
      const stale = () =>
        problems.versionConflict('the calendar', input.version, presentCalendar(current), current.version);
      if (current.version !== input.version) throw stale();
      const workspaceId = current.workspace_id;
      const changes = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.baseCalendarId !== undefined ? { base_calendar_id: input.baseCalendarId } : {}),
        ...(input.week !== undefined ? { week: JSON.stringify(input.week) } : {}),
        ...(input.exceptions !== undefined ? { exceptions: JSON.stringify(input.exceptions) } : {}),
        ...(input.workWeeks !== undefined ? { work_weeks: JSON.stringify(input.workWeeks) } : {}),
        version: current.version + 1,
        updated_at: nowUtc(),
      };
      const { role: _role, ...stored } = current;
      const next: CalendarRow = { ...stored, ...changes };
      const all = (await listCalendars(trx, workspaceId)).map(presentCalendar);
      checkCalendar(presentCalendar(next), all);
      // the calendar's row locked first, its version checked under the lock (a no-op update): the
      // loser of a race learns it has a stale version before it locks and loads any project
      if (
        !(await updateCalendarIfVersion(trx, workspaceId, calendarId, input.version, {
          version: input.version,
        }))
      )
        throw stale();
      const affected = [calendarId, ...descendantsOf(all, calendarId)];
      const projectIds = await projectsUsingCalendars(trx, workspaceId, affected);
      // each project locked, and its plan held as stored, before the calendar changes under it:
      // the reschedules then answer with the tasks the change moved, also in a process whose
      // cached plan another one changed (projects in id order)
      for (const projectId of projectIds) await this.scheduler.lockPlan(trx, workspaceId, projectId);
      if (!(await updateCalendarIfVersion(trx, workspaceId, calendarId, input.version, changes)))
        throw stale();
      const scheduleChanges: ScheduleChanges = { rescheduled: [], reanalysed: [] };
      for (const projectId of projectIds) {
        const report = await this.scheduler.reschedule(trx, workspaceId, projectId);
        const project = await presentChanges(trx, workspaceId, projectId, report.changedTaskIds, report);
        scheduleChanges.rescheduled.push(...project.rescheduled);
        scheduleChanges.reanalysed.push(...project.reanalysed);
      }
      const calendar = presentCalendar(next);
      return {
        body: { calendar, ...scheduleChanges },
        change: {
          workspaceId,
          projectId: null,
          entity: 'calendar',
          kind: 'upsert',
          ids: [calendarId],
          rescheduledTaskIds: changedIdsOf(scheduleChanges),
        },
      };
    });
  }

  /** Deletes a calendar nothing uses; `version`, when given, must be current. */
  async delete(userId: string, calendarId: string, version?: number): Promise<CommittedWrite<undefined>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireCalendar(trx, userId, calendarId);
      if (!calendarPolicy.delete(current.role))
        throw problems.forbidden(`a ${current.role} cannot delete calendars`);
      if (version !== undefined && version !== current.version) {
        throw problems.versionConflict('the calendar', version, presentCalendar(current), current.version);
      }
      const workspaceId = current.workspace_id;
      const users = await usersOf(trx, workspaceId, calendarId);
      if (users)
        throw problems.conflict('calendarId', `calendar "${current.name}" is still used by ${users}`);
      await deleteCalendar(trx, workspaceId, calendarId);
      return {
        body: undefined,
        change: { workspaceId, projectId: null, entity: 'calendar', kind: 'delete', ids: [calendarId] },
      };
    });
  }

  private async requireCalendar(db: Kysely<Database>, userId: string, calendarId: string) {
    const row = await findCalendarForUser(db, calendarId, userId);
    if (!row) throw problems.notFound('calendar', calendarId);
    return row;
  }
}

/** Calendars deriving from `id`, directly or through others. */
function descendantsOf(calendars: readonly Calendar[], id: string): string[] {
  const out: string[] = [];
  const frontier = [id];
  while (frontier.length > 0) {
    const parent = frontier.pop();
    for (const c of calendars) {
      if (c.baseCalendarId === parent && !out.includes(c.id) && c.id !== id) {
        out.push(c.id);
        frontier.push(c.id);
      }
    }
  }
  return out;
}

/** What still refers to a calendar, in words ("project X, calendar Y"), or null when nothing does. */
async function usersOf(
  db: Kysely<Database>,
  workspaceId: string,
  calendarId: string,
): Promise<string | null> {
  const projects = await db
    .selectFrom('projects')
    .select('name')
    .where('workspace_id', '=', workspaceId)
    .where('calendar_id', '=', calendarId)
    .limit(3)
    .execute();
  const derived = await db
    .selectFrom('calendars')
    .select('name')
    .where('workspace_id', '=', workspaceId)
    .where('base_calendar_id', '=', calendarId)
    .limit(3)
    .execute();
  const resources = await db
    .selectFrom('resources')
    .select('name')
    .where('workspace_id', '=', workspaceId)
    .where('calendar_id', '=', calendarId)
    .limit(3)
    .execute();
  const names = [
    ...projects.map((p) => `project "${p.name}"`),
    ...derived.map((c) => `calendar "${c.name}"`),
    ...resources.map((r) => `resource "${r.name}"`),
  ];
  return names.length > 0 ? names.join(', ') : null;
}
