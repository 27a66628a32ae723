import type { CalendarDefinition, DateTime, LinkInput, ProjectInput, TaskInput } from '@tandem/engine';
import { formatDateTime } from '@tandem/engine';

/** Something of the project that TaskJuggler cannot express, left out of the written file. */
export interface TjpOmission {
  readonly taskId?: string;
  readonly message: string;
}

export interface TjpDocument {
  readonly text: string;
  /** TaskJuggler id (`group.task`) of every written task, by Tandem task id. */
  readonly taskPaths: ReadonlyMap<string, string>;
  readonly omissions: readonly TjpOmission[];
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * Writes a project as a TaskJuggler 3 (`.tjp`) file: the project calendar's work week and
 * holidays, the work breakdown, durations as working (`length`) or elapsed (`duration`) time,
 * milestones, and finish-to-start / start-to-start dependencies with non-negative gaps.
 * TaskJuggler has no finish-to-finish or start-to-finish dependency and no negative gap; such
 * links are left out and listed in `omissions`. Used to benchmark Tandem against `tj3`.
 */
export function writeTjp(project: ProjectInput, options: { horizonYears?: number } = {}): TjpDocument {
  const { settings } = project;
  const omissions: TjpOmission[] = [];
  const calendar = project.calendars.find((c) => c.id === settings.calendarId) ?? project.calendars[0];
  const lines: string[] = [];
  const start = formatDateTime(settings.start).replace('T', '-').slice(0, 16);
  lines.push(`project tandem ${quote(settings.name)} ${start} +${options.horizonYears ?? 5}y {`);
  lines.push('  timezone "UTC"');
  lines.push('  timingresolution 15min');
  lines.push(`  dailyworkinghours ${formatNumber(settings.minutesPerDay / 60)}`);
  if (calendar) lines.push(...workingHours(calendar, omissions).map((line) => `  ${line}`));
  lines.push('}');
  const horizonEnd = (settings.start + (options.horizonYears ?? 5) * 366 * 1440) as DateTime;
  // TaskJuggler refuses dates outside its project span (and years past 2035): holidays beyond it are moot.
  if (calendar) lines.push(...holidays(calendar, settings.start, horizonEnd));

  const children = new Map<string | null, TaskInput[]>();
  for (const task of project.tasks) {
    const siblings = children.get(task.parentId) ?? [];
    siblings.push(task);
    children.set(task.parentId, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.order - b.order);

  const taskPaths = new Map<string, string>();
  const assignPaths = (parentId: string | null, prefix: string) => {
    (children.get(parentId) ?? []).forEach((task, index) => {
      const path = `${prefix}t${index}`;
      taskPaths.set(task.id, path);
      assignPaths(task.id, `${path}.`);
    });
  };
  assignPaths(null, '');

  const dependencies = new Map<string, string[]>();
  for (const link of project.links) {
    const written = dependency(link, taskPaths, omissions);
    if (!written) continue;
    const list = dependencies.get(link.successorId) ?? [];
    const predecessor = taskPaths.get(link.predecessorId);
    // TaskJuggler takes one dependency per pair of tasks.
    if (list.some((existing) => existing === predecessor || existing.startsWith(`${predecessor} {`))) {
      omissions.push({
        taskId: link.successorId,
        message: `second link from ${link.predecessorId}: left out`,
      });
      continue;
    }
    list.push(written);
    dependencies.set(link.successorId, list);
  }

  const writeTasks = (parentId: string | null, indent: string) => {
    for (const task of children.get(parentId) ?? []) {
      const id = taskPaths.get(task.id)!.split('.').pop()!;
      lines.push(`${indent}task ${id} ${quote(task.name)} {`);
      const isSummary = children.has(task.id);
      if (!isSummary) lines.push(`${indent}  ${durationLine(task)}`);
      if (task.constraint?.type === 'SNET' && task.constraint.date != null) {
        lines.push(`${indent}  start ${formatTjDate(task.constraint.date)}`);
      }
      for (const dep of dependencies.get(task.id) ?? []) lines.push(`${indent}  depends ${dep}`);
      writeTasks(task.id, `${indent}  `);
      lines.push(`${indent}}`);
    }
  };
  writeTasks(null, '');
  return { text: `${lines.join('\n')}\n`, taskPaths, omissions };
}

function durationLine(task: TaskInput): string {
  if (task.milestone || task.duration === 0) return 'milestone';
  const elapsed = task.durationUnit.startsWith('e');
  return `${elapsed ? 'duration' : 'length'} ${formatNumber(task.duration / 60)}h`;
}

function dependency(
  link: LinkInput,
  paths: ReadonlyMap<string, string>,
  omissions: TjpOmission[],
): string | null {
  const predecessor = paths.get(link.predecessorId);
  if (!predecessor || !paths.has(link.successorId)) {
    omissions.push({ taskId: link.successorId, message: `link to a missing task ${link.predecessorId}` });
    return null;
  }
  if (link.type === 'FF' || link.type === 'SF') {
    omissions.push({
      taskId: link.successorId,
      message: `${link.type} link: TaskJuggler has no such dependency`,
    });
    return null;
  }
  if (link.lag < 0 || link.lagUnit === '%' || link.lagUnit === 'e%') {
    omissions.push({
      taskId: link.successorId,
      message: 'negative or percentage lag: written without the lag',
    });
  }
  const attributes: string[] = [];
  if (link.type === 'SS') attributes.push('onstart');
  if (link.lag > 0 && link.lagUnit !== '%' && link.lagUnit !== 'e%') {
    const gap = link.lagUnit.startsWith('e') ? 'gapduration' : 'gaplength';
    attributes.push(`${gap} ${formatNumber(link.lag / 60)}h`);
  }
  return attributes.length > 0 ? `${predecessor} { ${attributes.join(' ')} }` : predecessor;
}

function workingHours(calendar: CalendarDefinition, omissions: TjpOmission[]): string[] {
  if (calendar.baseCalendarId) {
    omissions.push({ message: `calendar ${calendar.name} is derived: only its own week is written` });
  }
  return calendar.week.map((day, index) => {
    const name = WEEKDAYS[index];
    if (!day?.working || day.ranges.length === 0) return `workinghours ${name} off`;
    const ranges = day.ranges.map((r) => `${clock(r.from)} - ${clock(r.to)}`).join(', ');
    return `workinghours ${name} ${ranges}`;
  });
}

function holidays(calendar: CalendarDefinition, from: DateTime, to: DateTime): string[] {
  return calendar.exceptions
    .filter((exception) => !exception.working && !exception.recurrence)
    .filter((exception) => exception.to + 1440 > from && exception.from < to)
    .map((exception) => {
      const from = formatDateTime(exception.from).slice(0, 10);
      const to = formatDateTime((exception.to + 1440) as DateTime).slice(0, 10);
      return `leaves holiday ${quote(exception.name ?? 'Holiday')} ${from} - ${to}`;
    });
}

function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function formatTjDate(value: DateTime): string {
  return formatDateTime(value).replace('T', '-').slice(0, 16);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, '');
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
