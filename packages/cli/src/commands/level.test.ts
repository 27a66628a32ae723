import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCalendars, findOverallocations, levelProject } from '@tandem/engine';
import { readMspdi } from '@tandem/formats';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerLevel } from './level';
import { mspdiPlan, mspdiTask } from './mspdi-plan.testkit';

const assignment = (uid: number, taskUid: number) =>
  `<Assignment><UID>${uid}</UID><TaskUID>${taskUid}</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units></Assignment>`;

/** Ann (100 %) works on Build (2 days) and Docs (1 day), both from Monday 8 January 2024. */
const PLAN = mspdiPlan(
  `${mspdiTask(1, 'Build', 16)}${mspdiTask(2, 'Docs', 8)}`,
  `<Resources><Resource><UID>1</UID><ID>1</ID><Name>Ann</Name><Type>1</Type><MaxUnits>1</MaxUnits></Resource></Resources>
<Assignments>${assignment(1, 1)}${assignment(2, 2)}</Assignments>`,
);

let dir: string;
let output: string[];

async function run(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerLevel(program);
  output = [];
  await program.parseAsync(['node', 'tandem', 'level', ...args]);
  return output.join('');
}

describe('tandem level', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-level-'));
    writeFileSync(join(dir, 'plan.xml'), PLAN);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the finish before and after, the makespan, the delays and what is left', async () => {
    // Either task can wait: both ways Ann finishes Wednesday 17:00. Delaying Build one day costs
    // less than delaying Docs two days, so Docs runs Monday and Build Tuesday–Wednesday.
    const text = await run(join(dir, 'plan.xml'), '--schedules', '50', '--out', join(dir, 'levelled.xml'));
    expect(text.trimEnd().split('\n')).toEqual([
      'project start:                   2024-01-08 08:00',
      'project finish before levelling: 2024-01-09 17:00  (2 working days)',
      'project finish after levelling:  2024-01-10 17:00  (3 working days)',
      'total makespan: 3 working days (2 before levelling)',
      'delayed tasks: 1 (50 schedules generated)',
      'no overallocation left',
    ]);
    const written = readFileSync(join(dir, 'levelled.xml'), 'utf8');
    // MSPDI stores the levelling delay in tenths of minutes: 1 elapsed day = 14400.
    expect(written).toMatch(/<LevelingDelay>14400<\/LevelingDelay>/);
    expect(written).toMatch(/<Name>Build<\/Name>[\s\S]*?<Start>2024-01-09T08:00:00<\/Start>/);
  });

  it('prints one JSON object with --json, and what it could not fix within slack', async () => {
    const json = JSON.parse(await run(join(dir, 'plan.xml'), '--json', '--within-slack'));
    expect(json).toMatchObject({
      finishBefore: '2024-01-09T17:00:00',
      finishAfter: '2024-01-09T17:00:00',
      daysBefore: 2,
      daysAfter: 2,
      delayedTasks: 0,
      overallocations: [
        {
          resource: 'Ann',
          from: '2024-01-08T08:00:00',
          to: '2024-01-08T17:00:00',
          peakUnits: 2,
          maxUnits: 1,
          taskIds: ['1', '2'],
          reason: 'outside slack',
        },
      ],
    });
  });

  it('names a bad option or file', async () => {
    await expect(run(join(dir, 'plan.xml'), '--order', 'size')).rejects.toThrow(
      /--order must be one of id, standard, priority/,
    );
    await expect(run(join(dir, 'plan.xml'), '--schedules', '0')).rejects.toThrow(
      /--schedules must be a whole number ≥ 1/,
    );
    await expect(run(join(dir, 'missing.xml'))).rejects.toThrow(/missing.xml: no such file/);
  });
});

const SAMPLES = new URL('../../../../../shared/samples/mspdi/', import.meta.url);
const present = existsSync(SAMPLES);

/** Total makespan (working days) of Microsoft Project's P-SGS/MINSLK levelling, from the samples' README. */
const MS_PROJECT_DAYS: Readonly<Record<string, number>> = {
  j30_a2: 74,
  j30_a5: 89,
  j30_a10: 201,
  j120_a2: 169,
  j120_a10: 131,
};

describe.skipIf(!present)('levelling the MPSPLIB multi-project files (shared samples)', () => {
  if (!present) console.info(`skipped: MSPDI samples not found at ${SAMPLES.pathname}`);
  for (const [name, msProject] of Object.entries(MS_PROJECT_DAYS)) {
    it(`levels mp_${name}_nr1 with no overallocation, in at most ${msProject} working days`, () => {
      const text = readFileSync(new URL(`mpsplibtompp-mpp2xml__mp_${name}_nr1.xml`, SAMPLES), 'utf8');
      // The converted files write a meaningless Active 0 on most tasks (see the samples' README).
      const { project } = readMspdi(text, { ignoreActiveFlag: true });
      expect(
        findOverallocations(
          project,
          levelProject(project, { order: 'standard', withinSlack: false, clearExisting: true, schedules: 1 })
            .schedule,
        ),
      ).toEqual([]);
      const result = levelProject(project, {
        order: 'standard',
        withinSlack: false,
        clearExisting: true,
        schedules: 1000,
        seed: 1,
      });
      expect(findOverallocations(result.project, result.schedule)).toEqual([]);
      expect(result.remaining).toEqual([]);
      const calendar = compileCalendars(project.calendars).get(project.settings.calendarId);
      const days = (calendar?.workingBetween(project.settings.start, result.finishAfter) ?? Number.NaN) / 480;
      console.info(`mp_${name}_nr1: ${days} working days after levelling (Microsoft Project: ${msProject})`);
      expect(days).toBeLessThanOrEqual(msProject);
    }, 60_000);
  }
});
