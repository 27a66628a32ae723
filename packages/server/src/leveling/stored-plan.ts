import { problemTypes } from '@tandem/api';
import {
  type CalendarSet,
  compileCalendars,
  type ProjectInput,
  ScheduleInputError,
  type ScheduleResult,
  schedule,
} from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { ProblemError } from '../http/problem-error';
import type { ProjectRow } from '../projects/projects.repository';
import { loadProjectInput } from '../scheduling/project-schedule.service';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';

/** A stored project as the engine sees it: its input, compiled calendars and schedule. */
export interface StoredPlan {
  readonly input: ProjectInput;
  readonly calendars: CalendarSet;
  readonly schedule: ScheduleResult;
}

/**
 * Loads a project's plan and schedules it with the engine (with its levelling delays), which gives
 * the dates the rescheduler stored, plus what the engine knows beyond them (summary flags, slack).
 */
export async function loadStoredPlan(db: Kysely<Database>, project: ProjectRow): Promise<StoredPlan> {
  const outline = buildOutline(await listTasks(db, project.workspace_id, project.id));
  const input = await loadProjectInput(db, project, outline);
  const calendars = compileCalendars(input.calendars);
  return { input, calendars, schedule: runEngine(() => schedule(input, { calendars })) };
}

/** Runs an engine call, turning a plan the engine refuses into a 409 problem naming the tasks. */
export function runEngine<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof ScheduleInputError) {
      throw new ProblemError({
        status: 409,
        type: problemTypes.scheduling,
        title: 'The plan cannot be scheduled',
        detail: error.message,
        errors: error.taskIds.map((id) => ({ field: 'taskId', message: `${id}: ${error.code}` })),
      });
    }
    throw error;
  }
}
