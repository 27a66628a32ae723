import {
  type CalendarExceptionInput,
  calendarExceptionSchema,
  calendarWeekSchema,
  DEFAULT_PROJECT_CALENDAR,
  durationUnitSchema,
  type ProjectCalendar,
  projectCalendarSchema,
  workWeekSchema,
} from '@tandem/api';
import {
  type CalendarDefinition,
  type DayWorkingTime,
  formatDateTime,
  type ProjectInput,
} from '@tandem/engine';
import type { CalendarRow } from '../calendars/calendars.repository';
import { newId } from '../db/ids';
import type { LinkRow } from '../links/links.repository';
import type { ProjectRow } from '../projects/projects.repository';
import { type TaskRow, UNSCHEDULED_TASK } from '../tasks/tasks.repository';
import { mspdiResourcesToRows, type ResourceImportRows } from './mspdi-resources-to-rows';

/** Rows for one imported project, with the warnings of what was approximated or left out. */
export interface ImportRows extends ResourceImportRows {
  readonly project: ProjectRow;
  readonly calendars: CalendarRow[];
  readonly tasks: TaskRow[];
  readonly links: LinkRow[];
  /** File task id (MSPDI UID) by new task id. */
  readonly fileIds: ReadonlyMap<string, string>;
  readonly warnings: string[];
}

const day = (value: number) => formatDateTime(value).slice(0, 10);
const dateTime = (value: number | null | undefined) => (value == null ? null : formatDateTime(value));
const TASK_DURATION_UNITS = new Set<string>(durationUnitSchema.options);

/**
 * Maps an MSPDI file's engine model to new rows of a workspace: the project's calendar (and its
 * bases) become workspace calendars, tasks keep the outline order with dense positions, links keep
 * their type and lag, resources and assignments go to the workspace's tables with the calendars
 * they use. Everything gets a new id. What Tandem does not store (manual scheduling, inactive
 * tasks, task calendars, levelling delays) is listed in `warnings`.
 */
export function mspdiToRows(
  input: ProjectInput,
  workspaceId: string,
  now: string,
  fileWarnings: readonly string[],
): ImportRows {
  const warnings = [...fileWarnings];
  const { settings } = input;
  const byId = new Map(input.calendars.map((c) => [c.id, c]));
  const chainOf = (id: string | null | undefined): CalendarDefinition[] => {
    const chain: CalendarDefinition[] = [];
    for (let c = id ? byId.get(id) : undefined; c && !chain.includes(c); ) {
      chain.push(c);
      c = c.baseCalendarId ? byId.get(c.baseCalendarId) : undefined;
    }
    return chain;
  };
  const chain = chainOf(settings.calendarId);
  // the project calendar's chain and the resources' calendars (with their bases), bases first
  const needed: CalendarDefinition[] = [];
  for (const c of [chain, ...(input.resources ?? []).map((r) => chainOf(r.calendarId))].flatMap((ch) =>
    [...ch].reverse(),
  )) {
    if (!needed.includes(c)) needed.push(c);
  }
  const calendarIds = new Map(needed.map((c) => [c.id, newId()]));
  const calendars = needed.map((c) => calendarRow(c, workspaceId, calendarIds, now, warnings));
  const projectId = newId();
  const project: ProjectRow = {
    workspace_id: workspaceId,
    id: projectId,
    name: (settings.name || 'Imported project').slice(0, 200),
    description: '',
    start: formatDateTime(settings.start),
    finish: null,
    status: 'planned',
    calendar: JSON.stringify(embeddedCalendar(input, chain)),
    calendar_id: calendarIds.get(settings.calendarId) ?? null,
    schedule_from: settings.scheduleFrom,
    finish_date: settings.scheduleFrom === 'finish' ? dateTime(settings.finish) : null,
    status_date: dateTime(settings.statusDate),
    currency: /^[A-Z]{3}$/.test(settings.currencyCode ?? '') ? (settings.currencyCode as string) : 'USD',
    version: 1,
    plan_stamp: null,
    created_at: now,
    updated_at: now,
  };
  if (calendarIds.size === 0) warnings.push('the project calendar is missing: the Standard calendar is used');

  const taskIds = new Map(input.tasks.map((t) => [t.id, newId()]));
  const fileIds = new Map([...taskIds].map(([file, id]) => [id, file]));
  const nextPosition = new Map<string | null, number>();
  const count = (what: string, n: number) => n > 0 && warnings.push(`${n} ${what}`);
  count('manually scheduled task(s) are scheduled automatically', input.tasks.filter((t) => t.manual).length);
  count('inactive task(s) are imported as active', input.tasks.filter((t) => t.active === false).length);
  count(
    'task calendar(s) are dropped: the project calendar applies',
    input.tasks.filter((t) => t.calendarId).length,
  );
  const tasks: TaskRow[] = input.tasks.map((t) => {
    const parentId = t.parentId === null ? null : (taskIds.get(t.parentId) ?? null);
    const position = nextPosition.get(parentId) ?? 0;
    nextPosition.set(parentId, position + 1);
    return {
      ...UNSCHEDULED_TASK,
      workspace_id: workspaceId,
      id: taskIds.get(t.id) as string,
      project_id: projectId,
      parent_id: parentId,
      position,
      name: (t.name || `Task ${t.id}`).slice(0, 500),
      duration: Math.round(t.duration),
      duration_unit: TASK_DURATION_UNITS.has(t.durationUnit) ? t.durationUnit : 'd',
      start: project.start,
      finish: project.start,
      milestone: t.milestone ? 1 : 0,
      percent_complete: Math.min(100, Math.max(0, t.percentComplete ?? 0)),
      constraint_type: t.constraint?.type ?? 'ASAP',
      constraint_date: dateTime(t.constraint?.date),
      deadline: dateTime(t.deadline),
      notes: (t.notes ?? '').slice(0, 100_000),
      priority: Math.min(1000, Math.max(0, Math.round(t.priority ?? 500))),
      actual_start: dateTime(t.actualStart),
      actual_finish: dateTime(t.actualFinish),
      actual_duration: t.actualDuration == null ? null : Math.round(t.actualDuration),
      remaining_duration: t.remainingDuration == null ? null : Math.round(t.remainingDuration),
      version: 1,
      created_at: now,
      updated_at: now,
    };
  });

  const seen = new Set<string>();
  const links: LinkRow[] = [];
  for (const link of input.links) {
    const predecessor = taskIds.get(link.predecessorId);
    const successor = taskIds.get(link.successorId);
    const pair = `${predecessor}>${successor}`;
    if (!predecessor || !successor || seen.has(pair)) {
      warnings.push(
        `link ${link.predecessorId} → ${link.successorId} is ${seen.has(pair) ? 'repeated' : 'dangling'}: skipped`,
      );
      continue;
    }
    seen.add(pair);
    links.push({
      workspace_id: workspaceId,
      id: newId(),
      project_id: projectId,
      predecessor_id: predecessor,
      successor_id: successor,
      type: link.type,
      lag: Math.round(link.lag),
      lag_unit: link.lagUnit,
      version: 1,
      created_at: now,
      updated_at: now,
    });
  }
  const resourcing = mspdiResourcesToRows(input, workspaceId, projectId, taskIds, calendarIds, now, warnings);
  const delayed = input.tasks.filter((t) => (t.levelingDelay ?? 0) > 0).length;
  if (delayed > 0) warnings.push(`${delayed} levelling delay(s) are not imported: level again in Tandem`);
  return { project, calendars, tasks, links, ...resourcing, fileIds, warnings };
}

function calendarRow(
  c: CalendarDefinition,
  workspaceId: string,
  ids: ReadonlyMap<string, string>,
  now: string,
  warnings: string[],
): CalendarRow {
  const dayOf = (d: DayWorkingTime | null) =>
    d === null
      ? null
      : {
          working: d.working && d.ranges.length > 0,
          ranges: d.working ? d.ranges.map((r) => ({ ...r })) : [],
        };
  const exceptions: CalendarExceptionInput[] = [];
  for (const e of c.exceptions) {
    const candidate = {
      ...(e.name ? { name: e.name.slice(0, 200) } : {}),
      from: day(e.from),
      to: day(e.to),
      working: e.working && e.ranges.length > 0,
      ranges: e.working ? e.ranges.map((r) => ({ ...r })) : [],
      ...(e.recurrence ? { recurrence: e.recurrence } : {}),
    };
    const parsed = calendarExceptionSchema.safeParse(candidate);
    if (parsed.success) exceptions.push(parsed.data);
    else
      warnings.push(
        `calendar "${c.name}": exception ${candidate.from}–${candidate.to} skipped (${parsed.error.issues[0]?.message})`,
      );
  }
  const workWeeks = (c.workWeeks ?? []).flatMap((w) => {
    const parsed = workWeekSchema.safeParse({
      ...(w.name ? { name: w.name.slice(0, 200) } : {}),
      from: day(w.from),
      to: day(w.to),
      days: w.days.map(dayOf),
    });
    if (parsed.success) return [parsed.data];
    warnings.push(
      `calendar "${c.name}": work week ${day(w.from)}–${day(w.to)} skipped (${parsed.error.issues[0]?.message})`,
    );
    return [];
  });
  return {
    workspace_id: workspaceId,
    id: ids.get(c.id) as string,
    name: (c.name || 'Imported calendar').slice(0, 200),
    base_calendar_id: c.baseCalendarId ? (ids.get(c.baseCalendarId) ?? null) : null,
    week: JSON.stringify(calendarWeekSchema.parse(c.week.map(dayOf))),
    exceptions: JSON.stringify(exceptions),
    work_weeks: JSON.stringify(workWeeks),
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/**
 * The project's duration settings and a default week (kept in `projects.calendar`): the working
 * weekdays of the base calendar and the periods of its first working weekday.
 */
function embeddedCalendar(input: ProjectInput, chain: readonly CalendarDefinition[]): ProjectCalendar {
  const week = Array.from({ length: 7 }, (_, d) => chain.find((c) => c.week[d] != null)?.week[d] ?? null);
  const workingDays = week.flatMap((d, i) => (d?.working && d.ranges.length > 0 ? [i] : []));
  const candidate = {
    minutesPerDay: input.settings.minutesPerDay,
    minutesPerWeek: input.settings.minutesPerWeek,
    daysPerMonth: input.settings.daysPerMonth,
    workingDays,
    workingTimes: workingDays.length > 0 ? week[workingDays[0]]?.ranges : [],
  };
  const parsed = projectCalendarSchema.safeParse(candidate);
  return parsed.success
    ? parsed.data
    : {
        ...DEFAULT_PROJECT_CALENDAR,
        minutesPerDay: input.settings.minutesPerDay,
        minutesPerWeek: input.settings.minutesPerWeek,
        daysPerMonth: input.settings.daysPerMonth,
      };
}
