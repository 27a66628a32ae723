import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ScheduleResult, schedule } from '@tandem/engine';
import {
  checkAgainstStored,
  DEFAULT_MAX_BYTES,
  type MspdiDocument,
  readMspdi,
  type ScheduleCheck,
} from '@tandem/formats';
import type { Command } from 'commander';
import { checkJson, checkText, reportRows, scheduleJson, scheduleTable } from './schedule-report';

interface ScheduleCommandOptions {
  check?: boolean;
  all?: boolean;
  critical?: boolean;
  json?: boolean;
  ignoreActive?: boolean;
}

/** `tandem schedule FILE.xml [--check [--all]] [--critical] [--json]` */
export function registerSchedule(program: Command): void {
  program
    .command('schedule')
    .description(
      'Schedule a Microsoft Project XML (MSPDI) file and print every task (id, name, start, finish, total slack, critical); ' +
        'with --check, compare the computed start and finish with the dates Microsoft Project stored in the file.',
    )
    .argument('<path>', 'an MSPDI .xml file, or a folder of them with --check --all')
    .option(
      '--check',
      "reschedule from the file's inputs and list tasks whose start or finish differ from the stored ones",
    )
    .option(
      '--all',
      'with --check: check every .xml file of the folder <path> and print one line per file and the total',
    )
    .option('--critical', 'show critical tasks only')
    .option('--json', 'print one JSON object (dates in ISO 8601, slack in working minutes)')
    .option(
      '--ignore-active',
      'read every task as active (for .mpp conversions that write a meaningless Active flag)',
    )
    .action((path: string, options: ScheduleCommandOptions) => {
      if (options.all && !options.check) throw new Error('--all works with --check');
      if (options.all) return checkFolder(path, options);
      const { document, result } = load(path, options);
      if (options.check) {
        const check = checkAgainstStored(document, result);
        if (inactiveHint(document, check, options)) {
          note(
            `${path}: inactive tasks and mismatches: if the file was converted from .mpp, try --ignore-active`,
          );
        }
        print(options.json ? JSON.stringify(checkJson(path, check)) : checkText(check));
        return;
      }
      const rows = reportRows(document, result, options.critical === true);
      print(
        options.json
          ? JSON.stringify(scheduleJson(path, result, rows))
          : scheduleTable(rows, document.project.settings.minutesPerDay),
      );
    });
}

/** Reads and schedules one file; errors name the file (and line, for unreadable input). */
function load(
  path: string,
  options: ScheduleCommandOptions,
): { document: MspdiDocument; result: ScheduleResult } {
  const document = readFile(path, options);
  try {
    return { document, result: schedule(document.project) };
  } catch (error) {
    throw new Error(`${path}: cannot schedule: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readFile(path: string, options: ScheduleCommandOptions): MspdiDocument {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new Error(`${path}: is a folder (use --check --all to check every file in it)`);
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${path}: no such file`);
    throw error;
  }
  // Refuse before reading: the reader's own limit only applies once the text is in memory.
  if (size > DEFAULT_MAX_BYTES) {
    throw new Error(`${path}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 100 MB limit`);
  }
  return readMspdi(readFileSync(path, 'utf8'), { fileName: path, ignoreActiveFlag: options.ignoreActive });
}

interface FolderEntry {
  readonly file: string;
  readonly check?: ScheduleCheck;
  readonly error?: string;
  /** Has inactive tasks and mismatches: the Active flag may be meaningless. */
  readonly hint?: boolean;
}

/** `--check --all DIR`: one line per file, then the total; exit code 1 when a file could not be checked. */
function checkFolder(dir: string, options: ScheduleCommandOptions): void {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.toLowerCase().endsWith('.xml'))
      .sort();
  } catch (error) {
    throw new Error(
      `${dir}: ${(error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'not a folder' : String(error)}`,
    );
  }
  const entries: FolderEntry[] = names.map((name) => {
    const file = join(dir, name);
    try {
      const { document, result } = load(file, options);
      const check = checkAgainstStored(document, result);
      return { file, check, hint: inactiveHint(document, check, options) };
    } catch (error) {
      return { file, error: error instanceof Error ? error.message : String(error) };
    }
  });
  const tasks = entries.reduce((sum, entry) => sum + (entry.check?.tasks ?? 0), 0);
  const matched = entries.reduce((sum, entry) => sum + (entry.check?.matched ?? 0), 0);
  if (entries.some((entry) => entry.error !== undefined)) process.exitCode = 1;
  const hinted = entries.filter((entry) => entry.hint).length;
  if (hinted > 0) {
    note(
      `${hinted} files have inactive tasks and mismatches: if they were converted from .mpp, try --ignore-active`,
    );
  }
  if (options.json) {
    const files = entries.map((entry) =>
      entry.check ? checkJson(entry.file, entry.check) : { file: entry.file, error: entry.error },
    );
    print(JSON.stringify({ folder: dir, files, tasks, matched }));
    return;
  }
  const width = String(tasks).length;
  for (const entry of entries) {
    const name = entry.file.slice(dir.length).replace(/^[/\\]/, '');
    if (entry.check) {
      const { matched: m, tasks: n } = entry.check;
      print(`matched ${String(m).padStart(width)} of ${String(n).padStart(width)} tasks  ${name}`);
    } else {
      print(`error: ${entry.error}`);
    }
  }
  if (tasks > 0)
    print(`${((matched / tasks) * 100).toFixed(2)} % of the tasks of ${entries.length} files match`);
  print(`matched ${matched} of ${tasks} tasks`);
}

/**
 * Converters from .mpp (MPXJ) write `Active 0` on tasks that are active: when inactive tasks meet
 * mismatches, the flag is worth doubting.
 */
function inactiveHint(
  document: MspdiDocument,
  check: ScheduleCheck,
  options: ScheduleCommandOptions,
): boolean {
  if (options.ignoreActive || check.mismatches.length === 0) return false;
  return document.project.tasks.some((task) => task.active === false);
}

/** Advice goes to stderr so that stdout stays the report. */
function note(text: string): void {
  process.stderr.write(`note: ${text}\n`);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
