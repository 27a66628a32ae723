import type { ProjectCalendar, Task, UpdateTaskRequest } from '@tandem/api';
import { formatDuration, formatTaskDate } from '../../lib/format';
import type { Link } from '../links/link.types';
import { dateForEditing, parseDateInput } from './date-input';
import { parseDuration } from './duration-input';
import {
  diffPredecessors,
  formatPredecessors,
  type PredecessorChanges,
  parsePredecessors,
} from './predecessor-notation';
import type { SheetColumnKey } from './sheet-columns';

/** What the sheet knows besides the task when it shows or reads a cell. */
export interface CellContext {
  readonly calendar: ProjectCalendar;
  /** Task id of each row number (row n is `rowIds[n - 1]`): every task in outline order. */
  readonly rowIds: readonly string[];
  readonly rowOf: ReadonlyMap<string, number>;
  /** Links into each task, by successor id. */
  readonly linksInto: ReadonlyMap<string, readonly Link[]>;
  /** The resources column's text of each task (names with units). */
  readonly resourcesOf: ReadonlyMap<string, string>;
}

/** A cell's text as the sheet shows it. */
export function displayText(column: SheetColumnKey, task: Task, context: CellContext): string {
  switch (column) {
    case 'row':
      return String(context.rowOf.get(task.id) ?? '');
    case 'indicators':
      return '';
    case 'name':
      return task.name;
    case 'duration':
      return formatDuration(task.duration, task.durationUnit, context.calendar);
    case 'start':
      return formatTaskDate(task.start);
    case 'finish':
      return formatTaskDate(task.finish);
    case 'predecessors':
      return formatPredecessors(context.linksInto.get(task.id) ?? [], context.rowOf, context.calendar);
    case 'resources':
      return context.resourcesOf.get(task.id) ?? '';
    case 'percent':
      return `${Math.round(task.percentComplete)}%`;
  }
}

/** A cell's text when its editor opens (dates as `YYYY-MM-DD`, percent without the sign). */
export function editText(column: SheetColumnKey, task: Task | null, context: CellContext): string {
  if (!task) return '';
  switch (column) {
    case 'start':
      return dateForEditing(task.start);
    case 'finish':
      return dateForEditing(task.finish);
    case 'percent':
      return String(Math.round(task.percentComplete));
    default:
      return displayText(column, task, context);
  }
}

/** What committing a cell asks of the API. */
export type CellWrite =
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'create'; readonly name: string }
  | { readonly kind: 'update'; readonly body: Omit<UpdateTaskRequest, 'version'> }
  | { readonly kind: 'links'; readonly changes: PredecessorChanges<Link> }
  | { readonly kind: 'resources'; readonly text: string };

function firstWorkingMinute(calendar: ProjectCalendar): number {
  return calendar.workingTimes[0]?.from ?? 480;
}

function lastWorkingMinute(calendar: ProjectCalendar): number {
  return calendar.workingTimes.at(-1)?.to ?? 1020;
}

/**
 * Turns the text typed into a cell into the write it means, or an error naming what is wrong.
 * `task` null is the blank last row, where a name creates a task. Unchanged text writes nothing.
 * A typed start or finish pins the task as Microsoft Project does: Start No Earlier Than the
 * start, Finish No Earlier Than the finish.
 */
export function cellWrite(
  column: SheetColumnKey,
  task: Task | null,
  text: string,
  context: CellContext,
): CellWrite {
  if (!task) {
    if (column !== 'name') return { kind: 'none' };
    const name = text.trim();
    return name === '' ? { kind: 'none' } : { kind: 'create', name };
  }
  if (text === editText(column, task, context)) return { kind: 'none' };
  switch (column) {
    case 'row':
    case 'indicators':
      return { kind: 'none' };
    case 'name': {
      const name = text.trim();
      if (name === '') return { kind: 'error', message: 'A task needs a name' };
      return name === task.name ? { kind: 'none' } : { kind: 'update', body: { name } };
    }
    case 'duration': {
      if (task.summary) return { kind: 'error', message: 'A summary’s duration follows from its subtasks' };
      const parsed = parseDuration(text, context.calendar);
      if (!parsed.ok) return { kind: 'error', message: parsed.error };
      if (parsed.minutes === task.duration && parsed.unit === task.durationUnit) return { kind: 'none' };
      const body: Omit<UpdateTaskRequest, 'version'> = {
        duration: parsed.minutes,
        durationUnit: parsed.unit,
      };
      // 0 days makes a milestone, and a milestone given a duration becomes a task again
      if ((parsed.minutes === 0) !== task.milestone)
        return { kind: 'update', body: { ...body, milestone: parsed.minutes === 0 } };
      return { kind: 'update', body };
    }
    case 'start':
    case 'finish': {
      if (task.summary) return { kind: 'error', message: 'A summary’s dates follow from its subtasks' };
      const start = column === 'start';
      const parsed = parseDateInput(
        text,
        start ? firstWorkingMinute(context.calendar) : lastWorkingMinute(context.calendar),
      );
      if (!parsed.ok) return { kind: 'error', message: parsed.error };
      return {
        kind: 'update',
        body: { constraintType: start ? 'SNET' : 'FNET', constraintDate: parsed.value },
      };
    }
    case 'predecessors': {
      const parsed = parsePredecessors(text, task.id, context.rowIds, context.calendar);
      if (!parsed.ok) return { kind: 'error', message: parsed.error };
      const changes = diffPredecessors(context.linksInto.get(task.id) ?? [], parsed.entries);
      if (changes.create.length + changes.update.length + changes.remove.length === 0)
        return { kind: 'none' };
      return { kind: 'links', changes };
    }
    case 'resources':
      return { kind: 'resources', text };
    case 'percent': {
      const match = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
      const value = match ? Number(match[1].replace(',', '.')) : Number.NaN;
      if (!(value >= 0 && value <= 100))
        return { kind: 'error', message: 'Percent complete is a number from 0 to 100' };
      if (task.summary)
        return { kind: 'error', message: 'A summary’s progress is rolled up from its subtasks' };
      return value === task.percentComplete
        ? { kind: 'none' }
        : { kind: 'update', body: { percentComplete: value } };
    }
  }
}
