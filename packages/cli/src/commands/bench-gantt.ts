import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  type BenchPage,
  type EditTiming,
  type FirstRender,
  launchChromium,
  measureDurationEdit,
  measureFirstRender,
  openBenchPage,
  traceScrolling,
} from './bench-gantt-browser';
import { startBenchProxy } from './bench-gantt-proxy';
import { type BenchGanttReport, formatReport, type ScrollTrace } from './bench-gantt-report';
import {
  type BarPaths,
  barsInView,
  measureScrolling,
  type PathSegment,
  probeBarPaths,
  zoomOutToMonths,
} from './bench-gantt-scroll';
import { importPath, type SeededProject, seedGanttProject, signInClient } from './bench-gantt-seed';
import { benchDist, ensureWebBundle, serverSeedBench, startBenchServer } from './bench-gantt-server';
import { type FrameStats, median, percentile } from './bench-gantt-stats';
import {
  FRAME_TRACE_CATEGORIES,
  summariseFrameTrace,
  type TraceEvent,
  topSelfTimes,
} from './bench-gantt-trace';

interface BenchGanttOptions {
  tasks: string;
  seed: string;
  loads: string;
  edits: string;
  scrollMs: string;
  build: boolean;
  json?: boolean;
  trace?: string;
}

const DEMO_EMAIL = 'demo@tandem.local';
const BENCH_EMAIL = 'gantt-bench@tandem.local';

/** The seed-bench plan comes in phases of 50 tasks. */
function roundTo50(tasks: number): number {
  return Math.max(50, Math.round(tasks / 50) * 50);
}

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, not "${text}"`);
  return value;
}

/** `tandem bench gantt`: the Gantt in Chromium on a generated project (issue #5, must-show 3). */
export function registerBenchGantt(bench: Command): void {
  bench
    .command('gantt')
    .description(
      'Gantt in Chromium on a generated 10,000-task project: first render, scrolling p95 frame time, duration edit repaint.',
    )
    .option('--tasks <n>', 'tasks in the generated project', '10000')
    .option('--seed <n>', 'generator seed', '1')
    .option('--loads <n>', 'page loads timed for the first render', '3')
    .option('--edits <n>', 'duration edits timed', '6')
    .option('--scroll-ms <n>', 'milliseconds of each timed scroll', '3000')
    .option('--no-build', "use the bench's last web build as it is, even when older than the sources")
    .option('--json', 'print the figures as JSON')
    .option(
      '--trace <dir>',
      'also trace each timed scroll once more (not timed) into <dir>/gantt-scroll-{y,x,y-months}.json (Chromium trace) and .cpuprofile, and summarise its main thread per frame',
    )
    .action(async (options: BenchGanttOptions) => {
      const report = await runBenchGantt(options, (line) => console.error(line));
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else console.log(formatReport(report));
    });
}

async function runBenchGantt(
  options: BenchGanttOptions,
  log: (line: string) => void,
): Promise<BenchGanttReport> {
  const tasks = positiveInteger(options.tasks, 'tasks');
  const seed = positiveInteger(options.seed, 'seed');
  const loads = positiveInteger(options.loads, 'loads');
  const editCount = positiveInteger(options.edits, 'edits');
  const scrollMs = positiveInteger(options.scrollMs, 'scroll-ms');
  if (options.build) {
    if (ensureWebBundle(log)) log('web bundle built');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-gantt-'));
  const password = randomBytes(12).toString('base64url');
  // Without an import route, the server's seed-bench command writes the project straight into the
  // database before the server starts (one task at a time through the API takes hours at 10,000).
  const seedStarted = Date.now();
  const preSeeded = importPath() ? null : serverSeedBench(dataDir, BENCH_EMAIL, password, roundTo50(tasks));
  if (preSeeded)
    log(`seeded by tandem-server seed-bench in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
  const server = await startBenchServer(dataDir, password).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  let stopProxy: (() => Promise<void>) | undefined;
  try {
    log(`server at ${server.baseUrl} (SQLite in ${dataDir})`);
    const signedIn = await signInClient(server.baseUrl, preSeeded ? BENCH_EMAIL : DEMO_EMAIL, password);
    const workspaceId = preSeeded?.workspaceId ?? signedIn.session.memberships[0]?.workspaceId;
    if (!workspaceId) throw new Error(`${DEMO_EMAIL} has no workspace`);
    const seeded: SeededProject = preSeeded
      ? {
          projectId: preSeeded.projectIds[0],
          taskCount: preSeeded.taskCount,
          linkCount: preSeeded.linkCount,
          how: 'seed-bench',
        }
      : await seedGanttProject(signedIn, server.baseUrl, workspaceId, tasks, seed, log);
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    log(
      `project of ${seeded.taskCount} tasks and ${seeded.linkCount} links created by ${seeded.how} in ${seedSeconds.toFixed(1)} s`,
    );
    const edited = await pickEditedTask(signedIn.client, seeded.projectId);

    if (!existsSync(join(benchDist, 'index.html')))
      throw new Error(`no web build at ${benchDist}: run without --no-build`);
    const proxy = await startBenchProxy(benchDist, server.baseUrl);
    stopProxy = proxy.close;
    const url = `${proxy.baseUrl}/w/${workspaceId}/projects/${seeded.projectId}`;
    const { page, close } = await openBenchPage(browser, proxy.baseUrl, signedIn.sessionToken);
    const loadsMeasured: FirstRender[] = [];
    for (let run = 0; run < loads; run++) loadsMeasured.push(await measureFirstRender(page, url));
    const renders = loadsMeasured.map((load) => load.painted);
    const warm = loadsMeasured.length > 1 ? loadsMeasured.slice(1) : loadsMeasured;
    log(`first render: ${renders.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    await close();
    // Uncapped frames: how long each frame takes to make (see launchChromium).
    const unthrottled = await launchChromium({ unthrottled: true });
    let paths: BarPaths;
    let frameVertical: FrameStats;
    let barsAfterDays: number;
    let frameHorizontal: FrameStats;
    let frameVerticalMonths: FrameStats;
    let barsAfterMonths: number;
    const traces: ScrollTrace[] = [];
    const trace = async (page: BenchPage['page'], scale: 'days' | 'months', path: readonly PathSegment[]) => {
      if (options.trace)
        traces.push(...(await traceScrolls(unthrottled, page, options.trace, scrollMs, scale, path)));
    };
    try {
      // The vertical scrolls follow the bars (see barPath): at Days they leave the view after a
      // few hundred rows (a plan's later rows are later in time), and a scroll past them would
      // time empty rows. Probed in a page of its own, long enough for frames of 3 ms on average.
      const probe = await openBenchPage(unthrottled, proxy.baseUrl, signedIn.sessionToken);
      await measureFirstRender(probe.page, url);
      paths = await probeBarPaths(probe.page, Math.ceil((scrollMs / 3) * 64));
      await probe.close();
      const timed = await openBenchPage(unthrottled, proxy.baseUrl, signedIn.sessionToken);
      await measureFirstRender(timed.page, url);
      frameVertical = await measureScrolling(timed.page, 'y', scrollMs, 64, paths.days.segments);
      barsAfterDays = await barsInView(timed.page);
      frameHorizontal = await measureScrolling(timed.page, 'x', scrollMs, 64);
      await trace(timed.page, 'days', paths.days.segments);
      await zoomOutToMonths(timed.page);
      frameVerticalMonths = await measureScrolling(timed.page, 'y', scrollMs, 64, paths.months.segments);
      barsAfterMonths = await barsInView(timed.page);
      await trace(timed.page, 'months', paths.months.segments);
      await timed.close();
    } finally {
      await unthrottled.close();
    }
    // The same Days scrolls at the display's 60 Hz, in a fresh page: are frames dropped?
    const display = await openBenchPage(browser, proxy.baseUrl, signedIn.sessionToken);
    await measureFirstRender(display.page, url);
    const scrollVertical = await measureScrolling(display.page, 'y', scrollMs, 64, paths.days.segments);
    const scrollHorizontal = await measureScrolling(display.page, 'x', scrollMs, 64);
    await display.close();
    // A fresh page for the edits, opened on the project's start where the edited task is.
    const editing = await openBenchPage(browser, proxy.baseUrl, signedIn.sessionToken);
    await measureFirstRender(editing.page, url);
    const edits: EditTiming[] = [];
    for (let run = 0; run < editCount; run++) {
      edits.push(
        await measureDurationEdit(
          editing.page,
          edited.taskId,
          edited.successorId,
          run % 2 === 0 ? 'ArrowRight' : 'ArrowLeft',
        ),
      );
      await editing.page.waitForTimeout(400);
    }
    await editing.close();
    const toPaint = edits.map((edit) => edit.toPaint);
    return {
      tasks: seeded.taskCount,
      links: seeded.linkCount,
      seededBy: seeded.how,
      seedSeconds,
      firstRenderColdMs: renders[0],
      firstRenderWarmMedianMs: median(warm.map((load) => load.painted)),
      dataReceivedWarmMedianMs: median(warm.map((load) => load.dataReceived)),
      scrollVertical,
      scrollHorizontal,
      frameVertical,
      verticalPath: { ...paths.days, barsInViewAtEnd: barsAfterDays },
      frameHorizontal,
      frameVerticalMonths,
      monthsPath: { ...paths.months, barsInViewAtEnd: barsAfterMonths },
      edits,
      editToPaintMedianMs: median(toPaint),
      editToPaintMaxMs: Math.max(...toPaint),
      traces,
    };
  } finally {
    await browser.close();
    await stopProxy?.();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Traces the timed scrolls of one scale into `dir` and summarises them: at Days a vertical one
 * (along `path`) then a horizontal one (`gantt-scroll-{y,x}`), at Months a vertical one along
 * `path` (`gantt-scroll-y-months`). The rows are drawn again, not for the first time.
 */
async function traceScrolls(
  browser: Parameters<typeof traceScrolling>[0],
  page: Parameters<typeof traceScrolling>[1],
  dir: string,
  scrollMs: number,
  scale: 'days' | 'months',
  path: readonly PathSegment[],
): Promise<ScrollTrace[]> {
  await mkdir(dir, { recursive: true });
  const traces: ScrollTrace[] = [];
  for (const axis of scale === 'days' ? (['y', 'x'] as const) : (['y'] as const)) {
    const traced = await traceScrolling(
      browser,
      page,
      axis,
      scrollMs,
      64,
      FRAME_TRACE_CATEGORIES,
      axis === 'y' ? path : undefined,
    );
    const name = scale === 'days' ? `gantt-scroll-${axis}` : `gantt-scroll-${axis}-months`;
    const file = resolve(dir, `${name}.json`);
    await writeFile(file, traced.trace);
    const profileFile = resolve(dir, `${name}.cpuprofile`);
    await writeFile(profileFile, JSON.stringify(traced.cpuProfile));
    const parsed = JSON.parse(traced.trace.toString('utf8')) as { traceEvents: TraceEvent[] };
    const spread = (values: readonly number[]) =>
      [percentile(values, 50), percentile(values, 95), Math.max(0, ...values)] as const;
    traces.push({
      axis,
      scale,
      file,
      summary: summariseFrameTrace(parsed.traceEvents),
      commitsPerFrame: spread(traced.commits),
      addedPerFrame: spread(traced.added),
      profileFile,
      topSelfTimes: topSelfTimes(traced.cpuProfile),
    });
  }
  return traces;
}

/**
 * A leaf near the top of the outline whose only predecessor link drives a visible successor: a
 * finish-to-start link with no lag to a leaf with no other predecessor, so that lengthening the
 * task moves the successor.
 */
async function pickEditedTask(
  client: Awaited<ReturnType<typeof signInClient>>['client'],
  projectId: string,
): Promise<{ taskId: string; successorId: string }> {
  const [taskList, linkList] = await Promise.all([
    client.listTasks({ params: { projectId } }),
    client.listLinks({ params: { projectId } }),
  ]);
  const rowOf = new Map(taskList.items.map((task, index) => [task.id, index]));
  const byId = new Map(taskList.items.map((task) => [task.id, task]));
  const predecessors = new Map<string, number>();
  for (const link of linkList.items)
    predecessors.set(link.successorId, (predecessors.get(link.successorId) ?? 0) + 1);
  for (const link of linkList.items) {
    const task = byId.get(link.predecessorId);
    const successor = byId.get(link.successorId);
    if (!task || !successor || task.summary || task.milestone || successor.summary) continue;
    if (link.type !== 'FS' || link.lag !== 0 || predecessors.get(successor.id) !== 1) continue;
    if ((rowOf.get(task.id) ?? 99) > 15 || (rowOf.get(successor.id) ?? 99) > 20) continue;
    return { taskId: task.id, successorId: successor.id };
  }
  throw new Error('no task near the top of the generated project drives a visible successor');
}
