import type { LinkInput, ProjectSettings, TaskInput } from '../model/project.types';
import { ScheduleInputError } from '../model/schedule.types';
import { CONSTRAINT_RULES, constraintNeedsDate } from './constraints';

function invalid(task: TaskInput, what: string): never {
  throw new ScheduleInputError('invalid-value', `task "${task.id}" (${task.name}): ${what}`, [task.id]);
}

function checkOptionalDate(task: TaskInput, field: string, value: number | null | undefined): void {
  if (value !== undefined && value !== null && !Number.isFinite(value)) {
    invalid(task, `${field} must be a date in minutes, not ${value}`);
  }
}

/** Rejects project settings the scheduler cannot use. */
export function validateSettings(settings: ProjectSettings): void {
  if (!Number.isFinite(settings.start)) {
    throw new ScheduleInputError('invalid-value', `project start must be a date, not ${settings.start}`, []);
  }
  if (settings.scheduleFrom === 'finish' && !Number.isFinite(settings.finish ?? Number.NaN)) {
    throw new ScheduleInputError(
      'invalid-value',
      'a project scheduled from its finish needs a finish date',
      [],
    );
  }
}

/** A task id seen twice. */
export function duplicateTask(task: TaskInput): never {
  invalid(task, 'duplicate task id');
}

/** A parent id that names no task. */
export function missingParent(task: TaskInput): never {
  throw new ScheduleInputError(
    'missing-task',
    `task "${task.id}" (${task.name}): parent "${task.parentId}" does not exist`,
    [task.id, task.parentId ?? ''],
  );
}

/**
 * Rejects a task the scheduler cannot schedule, naming it: its own parent, a negative or
 * non-finite duration, bad progress, an unknown constraint or one without a date. Duplicate ids and
 * unknown parents are caught as the network indexes the tasks, links by validateLink, cycles on
 * the compiled network.
 */
export function validateTask(task: TaskInput): void {
  if (task.parentId === task.id) invalid(task, 'a task cannot be its own parent');
  if (!Number.isFinite(task.duration) || task.duration < 0) {
    invalid(task, `duration must be a non-negative number of minutes, not ${task.duration}`);
  }
  const constraint = task.constraint;
  if (constraint) {
    if (!Object.hasOwn(CONSTRAINT_RULES, constraint.type))
      invalid(task, `unknown constraint type "${constraint.type}"`);
    if (constraintNeedsDate(constraint.type) && !Number.isFinite(constraint.date ?? Number.NaN)) {
      invalid(task, `constraint ${constraint.type} needs a date`);
    }
  }
  checkOptionalDate(task, 'deadline', task.deadline);
  checkOptionalDate(task, 'actualStart', task.actualStart);
  checkOptionalDate(task, 'actualFinish', task.actualFinish);
  checkOptionalDate(task, 'manualStart', task.manualStart);
  checkOptionalDate(task, 'manualFinish', task.manualFinish);
  const pct = task.percentComplete ?? 0;
  if (!Number.isFinite(pct) || pct < 0 || pct > 100)
    invalid(task, `percentComplete must be 0–100, not ${pct}`);
  checkMinutes(task, 'actualDuration', task.actualDuration);
  checkMinutes(task, 'remainingDuration', task.remainingDuration);
}

function checkMinutes(task: TaskInput, field: string, value: number | null | undefined): void {
  if (value !== undefined && value !== null && (!Number.isFinite(value) || value < 0)) {
    invalid(task, `${field} must be a non-negative number of minutes, not ${value}`);
  }
}

const LINK_TYPES = new Set(['FS', 'SS', 'FF', 'SF']);

/**
 * Checks one link whose ends were looked up (-1 = no such task).
 * @throws ScheduleInputError missing-task, cycle (a task linked to itself) or invalid-value.
 */
export function validateLink(link: LinkInput, predecessor: number, successor: number): void {
  if (predecessor < 0 || successor < 0) {
    const missing = [
      predecessor < 0 ? link.predecessorId : null,
      successor < 0 ? link.successorId : null,
    ].filter((id): id is string => id !== null);
    throw new ScheduleInputError(
      'missing-task',
      `link ${link.predecessorId} → ${link.successorId}: no task "${missing.join('", "')}"`,
      missing,
    );
  }
  if (link.predecessorId === link.successorId) {
    throw new ScheduleInputError('cycle', `task "${link.predecessorId}" is linked to itself`, [
      link.predecessorId,
    ]);
  }
  if (!Number.isFinite(link.lag)) {
    throw new ScheduleInputError(
      'invalid-value',
      `link ${link.predecessorId} → ${link.successorId}: lag must be a number, not ${link.lag}`,
      [link.predecessorId, link.successorId],
    );
  }
  if (!LINK_TYPES.has(link.type)) {
    throw new ScheduleInputError(
      'invalid-value',
      `link ${link.predecessorId} → ${link.successorId}: unknown link type "${link.type}"`,
      [link.predecessorId, link.successorId],
    );
  }
}
