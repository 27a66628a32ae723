import { standardCalendar } from '../calendar/standard-calendar';
import type { CalendarException } from '../model/calendar.types';
import type { LinkInput, LinkType, ProjectInput, TaskInput } from '../model/project.types';
import { parseDateTime } from '../model/time';
import { mulberry32, type Prng } from '../random/prng';

export interface GenerateProjectOptions {
  /** Number of tasks, summaries included. */
  readonly tasks: number;
  readonly seed: number;
  /** Project start (floating minutes); default Monday 2026-01-05 08:00. */
  readonly start?: number;
}

const DAY = 480;
const CALENDAR_ID = 'standard';

/** Fixed holidays each year plus a few random bridge days, over `years` years from `firstYear`. */
function holidays(prng: Prng, firstYear: number, years: number): CalendarException[] {
  const fixed = [
    [1, 1],
    [5, 1],
    [7, 14],
    [8, 15],
    [11, 1],
    [11, 11],
    [12, 25],
    [12, 26],
  ];
  const exceptions: CalendarException[] = [];
  for (let year = firstYear; year < firstYear + years; year++) {
    const days = [...fixed, [prng.int(3, 6), prng.int(1, 28)], [prng.int(9, 10), prng.int(1, 28)]];
    const seen = new Set<string>();
    for (const [month, day] of days) {
      if (seen.has(`${month}-${day}`)) continue;
      seen.add(`${month}-${day}`);
      const from = Date.UTC(year, month - 1, day) / 60000;
      exceptions.push({
        name: `holiday ${year}-${month}-${day}`,
        from,
        to: from,
        working: false,
        ranges: [],
      });
    }
  }
  return exceptions;
}

function linkType(prng: Prng): { type: LinkType; lag: number; lagUnit: LinkInput['lagUnit'] } {
  const roll = prng.next();
  if (roll < 0.1) return { type: 'SS', lag: prng.int(1, 3) * DAY, lagUnit: 'd' };
  if (roll < 0.2) return { type: 'FF', lag: prng.int(0, 2) * DAY, lagUnit: 'd' };
  if (roll < 0.25) return { type: 'FS', lag: prng.int(1, 3) * 1440, lagUnit: 'ed' };
  if (roll < 0.4) return { type: 'FS', lag: prng.int(-2, 5) * DAY, lagUnit: 'd' };
  return { type: 'FS', lag: 0, lagUnit: 'd' };
}

/**
 * A realistic random project for benchmarks and tests, the same for the same seed: phases split
 * into summary groups 2–4 levels deep with 5–30 tasks each, about 1.5 links per task (FS mostly,
 * some SS/FF with lags, some elapsed lags, links within a group, across a phase and, rarely, across
 * the project, plus some links between groups), 5 % milestones, on the Standard calendar with
 * ten holidays a year.
 */
export function generateProject(options: GenerateProjectOptions): ProjectInput {
  if (!Number.isInteger(options.tasks) || options.tasks < 1) {
    throw new RangeError(`tasks must be a positive integer, not ${options.tasks}`);
  }
  const prng = mulberry32(options.seed);
  const start = options.start ?? parseDateTime('2026-01-05T08:00');
  const tasks: TaskInput[] = [];
  const links: LinkInput[] = [];
  const leaves: number[] = [];
  const addTask = (parent: number | null, task: Partial<TaskInput>): number => {
    const index = tasks.length;
    tasks.push({
      id: `T${index + 1}`,
      name: `Task ${index + 1}`,
      parentId: parent === null ? null : tasks[parent].id,
      order: index,
      duration: 0,
      durationUnit: 'd',
      ...task,
    });
    return index;
  };
  const addLink = (p: number, s: number): void => {
    links.push({ predecessorId: tasks[p].id, successorId: tasks[s].id, ...linkType(prng) });
  };
  /** Adds a summary group and its tasks; returns the summary's index. */
  const group = (
    parent: number | null,
    depth: number,
    phaseFirstLeaf: number,
    previousSibling: number,
  ): number => {
    const summary = addTask(parent, { name: `Group ${tasks.length + 1}` });
    if (previousSibling >= 0 && prng.chance(0.3)) addLink(previousSibling, summary);
    if (depth > 1 && prng.chance(0.75)) {
      const subgroups = prng.int(2, 4);
      let sibling = -1;
      for (let g = 0; g < subgroups && tasks.length < options.tasks; g++) {
        sibling = group(summary, depth - 1, phaseFirstLeaf, sibling);
      }
    } else {
      const size = prng.int(5, 30);
      let previous = -1;
      for (let k = 0; k < size && tasks.length < options.tasks; k++) {
        const milestone = prng.chance(0.05);
        const duration = milestone ? 0 : prng.chance(0.2) ? prng.int(1, 8) * 60 : prng.int(1, 10) * DAY;
        const leaf = addTask(summary, {
          duration,
          durationUnit: duration % DAY === 0 ? 'd' : 'h',
          milestone,
        });
        if (previous >= 0 && prng.chance(0.9)) addLink(previous, leaf);
        const inPhase = leaves.length - phaseFirstLeaf;
        if (inPhase > 0 && prng.chance(0.7)) addLink(leaves[phaseFirstLeaf + prng.int(0, inPhase - 1)], leaf);
        if (leaves.length > 0 && prng.chance(0.06)) addLink(leaves[prng.int(0, leaves.length - 1)], leaf);
        leaves.push(leaf);
        previous = leaf;
      }
    }
    return summary;
  };
  while (tasks.length < options.tasks) group(null, prng.int(2, 4), leaves.length, -1);
  const calendar = standardCalendar(CALENDAR_ID);
  const firstYear = new Date(start * 60000).getUTCFullYear();
  return {
    settings: {
      name: `generated ${options.tasks} tasks, seed ${options.seed}`,
      start,
      scheduleFrom: 'start',
      calendarId: CALENDAR_ID,
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      criticalSlackLimit: 0,
      honorConstraints: false,
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
    },
    calendars: [{ ...calendar, exceptions: holidays(prng, firstYear - 1, 40) }],
    tasks,
    links,
  };
}
