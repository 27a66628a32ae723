import { writeFileSync } from 'node:fs';
import {
  compileCalendars,
  type DateTime,
  formatDateTime,
  type LevelingOrder,
  type LevelingResult,
  levelProject,
  type ProjectInput,
} from '@tandem/engine';
import { writeMspdi } from '@tandem/formats';
import type { Command } from 'commander';
import { loadMspdi } from '../mspdi-input';

interface LevelCommandOptions {
  out?: string;
  json?: boolean;
  schedules?: string;
  seed?: string;
  withinSlack?: boolean;
  order?: string;
  ignoreActive?: boolean;
  keepDelays?: boolean;
}

const ORDERS: readonly LevelingOrder[] = ['id', 'standard', 'priority'];

/** `tandem level FILE.xml [--out FILE.xml] [--json] [--schedules N] [--seed S] [--within-slack] [--order …]` */
export function registerLevel(program: Command): void {
  program
    .command('level')
    .description(
      'Level the resources of a Microsoft Project XML (MSPDI) file: delay tasks until no resource works beyond its max units; ' +
        'print the project finish before and after, the total makespan and the overallocations left.',
    )
    .argument('<file>', 'an MSPDI .xml file')
    .option('--out <file>', 'write the levelled project (levelling delays set) as MSPDI to this file')
    .option('--json', 'print one JSON object')
    .option(
      '--schedules <n>',
      'search budget in generated schedules (1 = a single pass in the levelling order)',
      '2000',
    )
    .option('--seed <s>', 'seed of the search (same file, options and seed give the same result)', '1')
    .option('--within-slack', 'level only within available slack: the project finish does not move')
    .option('--order <order>', `levelling order of the first pass: ${ORDERS.join(', ')}`, 'standard')
    .option('--keep-delays', "keep the file's levelling delays as a minimum instead of clearing them first")
    .option(
      '--ignore-active',
      "read every task as active (by default the file's stored dates decide whether its Active flags hold)",
    )
    .action((file: string, options: LevelCommandOptions) => {
      const order = options.order as LevelingOrder;
      if (!ORDERS.includes(order))
        throw new Error(`--order must be one of ${ORDERS.join(', ')}, got "${options.order}"`);
      const schedules = wholeNumber('--schedules', options.schedules, 1);
      const seed = wholeNumber('--seed', options.seed, 0);
      const { document } = loadMspdi(file, { ignoreActive: options.ignoreActive === true });
      let result: LevelingResult;
      try {
        result = levelProject(document.project, {
          order,
          withinSlack: options.withinSlack === true,
          clearExisting: options.keepDelays !== true,
          schedules,
          seed,
        });
      } catch (error) {
        throw new Error(`${file}: cannot level: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (options.out)
        writeFileSync(options.out, writeMspdi(result.project, result.schedule, { extras: document.extras }));
      const report = levelReport(file, document.project, result);
      print(options.json ? JSON.stringify({ ...report, out: options.out }) : levelText(report));
    });
}

function wholeNumber(option: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${option} must be a whole number ≥ ${min}, got "${text}"`);
  return value;
}

interface LevelReport {
  readonly file: string;
  readonly start: string;
  readonly finishBefore: string;
  readonly finishAfter: string;
  /** Working days from the project start to its finish, on the project calendar. */
  readonly daysBefore: number;
  readonly daysAfter: number;
  readonly delayedTasks: number;
  readonly schedulesUsed: number;
  readonly delays: readonly {
    taskId: string;
    name: string;
    delayMinutes: number;
    from: string;
    to: string;
  }[];
  readonly overallocations: readonly {
    resourceId: string;
    resource: string;
    from: string;
    to: string;
    peakUnits: number;
    maxUnits: number;
    taskIds: readonly string[];
    reason: string;
  }[];
}

/** The figures `tandem level` prints (dates ISO 8601, working days on the project calendar). */
export function levelReport(file: string, project: ProjectInput, result: LevelingResult): LevelReport {
  const { settings } = project;
  const calendar = compileCalendars(project.calendars).get(settings.calendarId);
  if (!calendar) throw new Error(`${file}: project calendar "${settings.calendarId}" does not exist`);
  const days = (t: DateTime) => calendar.workingBetween(settings.start, t) / settings.minutesPerDay;
  const names = new Map(project.tasks.map((task) => [task.id, task.name]));
  const resources = new Map((project.resources ?? []).map((resource) => [resource.id, resource.name]));
  return {
    file,
    start: formatDateTime(settings.start),
    finishBefore: formatDateTime(result.finishBefore),
    finishAfter: formatDateTime(result.finishAfter),
    daysBefore: days(result.finishBefore),
    daysAfter: days(result.finishAfter),
    delayedTasks: result.delays.length,
    schedulesUsed: result.schedulesUsed,
    delays: result.delays.map((delay) => ({
      taskId: delay.taskId,
      name: names.get(delay.taskId) ?? '',
      delayMinutes: delay.delayMinutes,
      from: formatDateTime(delay.from),
      to: formatDateTime(delay.to),
    })),
    overallocations: result.remaining.map((over) => ({
      resourceId: over.resourceId,
      resource: resources.get(over.resourceId) ?? '',
      from: formatDateTime(over.from),
      to: formatDateTime(over.to),
      peakUnits: over.peakUnits,
      maxUnits: over.maxUnits,
      taskIds: over.taskIds,
      reason: over.reason,
    })),
  };
}

const percent = (units: number) => `${Math.round(units * 100)} %`;
const fixed = (days: number) => (Number.isInteger(days) ? String(days) : days.toFixed(2));

/** `YYYY-MM-DD HH:MM` from the report's ISO dates. */
const at = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function levelText(report: LevelReport): string {
  const lines = [
    `project start:                   ${at(report.start)}`,
    `project finish before levelling: ${at(report.finishBefore)}  (${fixed(report.daysBefore)} working days)`,
    `project finish after levelling:  ${at(report.finishAfter)}  (${fixed(report.daysAfter)} working days)`,
    `total makespan: ${fixed(report.daysAfter)} working days (${fixed(report.daysBefore)} before levelling)`,
    `delayed tasks: ${report.delayedTasks} (${report.schedulesUsed} schedules generated)`,
  ];
  if (report.overallocations.length === 0) lines.push('no overallocation left');
  else {
    lines.push(`overallocations left: ${report.overallocations.length}`);
    for (const over of report.overallocations) {
      lines.push(
        `  ${over.resource || over.resourceId} ${at(over.from)} – ${at(over.to)}: ${percent(over.peakUnits)} of ${percent(over.maxUnits)} ` +
          `(tasks ${over.taskIds.join(', ')}): ${over.reason}`,
      );
    }
  }
  return lines.join('\n');
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
