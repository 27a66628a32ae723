import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerSchedule } from './schedule';

const DAY = (day: number) =>
  `<WeekDay><DayType>${day}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`;

function task(
  uid: number,
  name: string,
  hours: number,
  start: string,
  finish: string,
  predecessor?: number,
): string {
  const link = predecessor
    ? `<PredecessorLink><PredecessorUID>${predecessor}</PredecessorUID><Type>1</Type></PredecessorLink>`
    : '';
  return `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Start>${start}</Start><Finish>${finish}</Finish><Duration>PT${hours}H0M0S</Duration><DurationFormat>7</DurationFormat>${link}</Task>`;
}

/** Two tasks in a row plus a parallel one with slack; the file stores a wrong finish for "Test". */
const PLAN = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Title>Plan</Title><ScheduleFromStart>1</ScheduleFromStart><StartDate>2024-01-08T08:00:00</StartDate>
<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>${[2, 3, 4, 5, 6].map(DAY).join('')}
<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar></Calendars>
<Tasks>
${task(1, 'Build', 16, '2024-01-08T08:00:00', '2024-01-09T17:00:00')}
${task(2, 'Test', 8, '2024-01-10T08:00:00', '2024-01-11T17:00:00', 1)}
${task(3, 'Docs', 8, '2024-01-08T08:00:00', '2024-01-08T17:00:00')}
</Tasks></Project>`;

let dir: string;
let output: string[];

async function run(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerSchedule(program);
  output = [];
  await program.parseAsync(['node', 'tandem', 'schedule', ...args]);
  return output.join('');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-schedule-'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'plan.xml'), PLAN);
  writeFileSync(join(dir, 'folder', 'a.xml'), PLAN);
  writeFileSync(
    join(dir, 'folder', 'b.xml'),
    PLAN.replace('<Finish>2024-01-11T17:00:00</Finish>', '<Finish>2024-01-10T17:00:00</Finish>'),
  );
  writeFileSync(join(dir, 'cut.xml'), PLAN.slice(0, PLAN.length >> 1));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tandem schedule', () => {
  beforeAll(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    process.exitCode = undefined;
  });
  afterAll(() => vi.restoreAllMocks());

  it('prints an aligned table of id, name, start, finish, total slack and critical', async () => {
    const text = await run(join(dir, 'plan.xml'));
    expect(text.trimEnd().split('\n')).toEqual([
      'id  name   start             finish            total slack  critical',
      ' 1  Build  2024-01-08 08:00  2024-01-09 17:00           0d  yes',
      ' 2  Test   2024-01-10 08:00  2024-01-10 17:00           0d  yes',
      ' 3  Docs   2024-01-08 08:00  2024-01-08 17:00           2d  no',
    ]);
  });

  it('shows only critical tasks with --critical, as JSON with ISO 8601 dates with --json', async () => {
    const json = JSON.parse(await run(join(dir, 'plan.xml'), '--critical', '--json'));
    expect(json).toEqual({
      file: join(dir, 'plan.xml'),
      start: '2024-01-08T08:00:00',
      finish: '2024-01-10T17:00:00',
      tasks: [
        {
          uid: '1',
          name: 'Build',
          start: '2024-01-08T08:00:00',
          finish: '2024-01-09T17:00:00',
          totalSlack: 0,
          critical: true,
        },
        {
          uid: '2',
          name: 'Test',
          start: '2024-01-10T08:00:00',
          finish: '2024-01-10T17:00:00',
          totalSlack: 0,
          critical: true,
        },
      ],
    });
  });

  it('--check lists the tasks whose dates differ from the file and ends with "matched M of N tasks"', async () => {
    const lines = (await run(join(dir, 'plan.xml'), '--check')).trimEnd().split('\n');
    expect(lines).toEqual([
      'id  name  field   expected (file)   actual (Tandem)',
      ' 2  Test  finish  2024-01-11 17:00  2024-01-10 17:00',
      'matched 2 of 3 tasks',
    ]);
    expect(process.exitCode).toBeUndefined();
  });

  it('--check --json prints one object with the mismatches', async () => {
    expect(JSON.parse(await run(join(dir, 'plan.xml'), '--check', '--json'))).toEqual({
      file: join(dir, 'plan.xml'),
      tasks: 3,
      matched: 2,
      mismatches: [
        {
          uid: '2',
          name: 'Test',
          field: 'finish',
          expected: '2024-01-11T17:00:00',
          actual: '2024-01-10T17:00:00',
        },
      ],
    });
  });

  it('--check --all prints one line per file and the total', async () => {
    const lines = (await run(join(dir, 'folder'), '--check', '--all')).trimEnd().split('\n');
    expect(lines[0]).toBe('matched 2 of 3 tasks  a.xml');
    expect(lines[1]).toBe('matched 3 of 3 tasks  b.xml');
    expect(lines[lines.length - 1]).toBe('matched 5 of 6 tasks');
  });

  it('refuses unreadable input with file:line: and the reason', async () => {
    await expect(run(join(dir, 'cut.xml'))).rejects.toThrow(
      new RegExp(`^${join(dir, 'cut.xml')}:\\d+: <\\w+>: truncated XML`),
    );
    await expect(run(join(dir, 'missing.xml'))).rejects.toThrow(/missing\.xml: no such file/);
  });
});

describe('tandem schedule (the real command)', () => {
  it('exits 1 with "tandem: file:line: …" on stderr for unreadable input', () => {
    const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
    const result = spawnSync(process.execPath, [bin, 'schedule', join(dir, 'cut.xml')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tandem: .*cut\.xml:\d+: <\w+>: truncated XML/);
  });

  it('schedules through its own entry, with the full program still answering other commands', {
    timeout: 60_000,
  }, () => {
    const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
    const result = spawnSync(process.execPath, [bin, 'schedule', join(dir, 'plan.xml'), '--json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { tasks: { uid: string }[] };
    expect(report.tasks.map((task) => task.uid)).toEqual(['1', '2', '3']);
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/schedule/);
    expect(help.stdout).toMatch(/bench/);
  });
});
