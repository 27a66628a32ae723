import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkAgainstStored, type ScheduleCheck } from '@tandem/formats';
import type { Command } from 'commander';
import { type LoadedMspdi, loadMspdi } from '../mspdi-input';
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
      "read every task as active (by default the file's stored dates decide whether its Active flags hold)",
    )
    .action((path: string, options: ScheduleCommandOptions) => {
      if (options.all && !options.check) throw new Error('--all works with --check');
      if (options.all) return checkFolder(path, options);
      const loaded = loadMspdi(path, options);
      const { document, result } = loaded;
      if (options.check) {
        const check = checkAgainstStored(document, result);
        if (loaded.activeFlagsIgnored) note(activeNote(path));
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

interface FolderEntry {
  readonly file: string;
  readonly check?: ScheduleCheck;
  readonly error?: string;
  /** The stored dates contradicted the file's Active flags, so every task was read as active. */
  readonly activeFlagsIgnored?: boolean;
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
      const loaded: LoadedMspdi = loadMspdi(file, options);
      const check = checkAgainstStored(loaded.document, loaded.result);
      return { file, check, activeFlagsIgnored: loaded.activeFlagsIgnored };
    } catch (error) {
      return { file, error: error instanceof Error ? error.message : String(error) };
    }
  });
  const tasks = entries.reduce((sum, entry) => sum + (entry.check?.tasks ?? 0), 0);
  const matched = entries.reduce((sum, entry) => sum + (entry.check?.matched ?? 0), 0);
  if (entries.some((entry) => entry.error !== undefined)) process.exitCode = 1;
  for (const entry of entries) if (entry.activeFlagsIgnored) note(activeNote(entry.file));
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

function activeNote(path: string): string {
  return `${path}: the stored dates show tasks marked inactive driving their successors (an .mpp conversion?): every task was read as active`;
}

/** Advice goes to stderr so that stdout stays the report. */
function note(text: string): void {
  process.stderr.write(`note: ${text}\n`);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
