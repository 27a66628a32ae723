import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  barsInView,
  type EditTiming,
  type FirstRender,
  launchChromium,
  measureDurationEdit,
  measureFirstRender,
  measureScrolling,
  openBenchPage,
  traceScrolling,
  zoomOutToMonths,
} from './bench-gantt-browser';
import { startBenchProxy } from './bench-gantt-proxy';
import { importPath, type SeededProject, seedGanttProject, signInClient } from './bench-gantt-seed';
import { benchDist, ensureWebBundle, serverSeedBench, startBenchServer } from './bench-gantt-server';
import { type FrameStats, median, percentile } from './bench-gantt-stats';
import {
  FRAME_TRACE_CATEGORIES,
  type FrameTraceSummary,
  formatFrameTrace,
  type SelfTime,
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

/** A diagnostic traced scroll of one axis (`--trace`): where the main thread's time goes. */
interface ScrollTrace {
  readonly axis: 'x' | 'y';
  readonly scale: 'days' | 'months';
  readonly file: string;
  readonly summary: FrameTraceSummary;
  /** Per frame, from a mutation observer: DOM commits and elements added (p50, p95, max). */
  readonly commitsPerFrame: readonly [number, number, number];
  readonly addedPerFrame: readonly [number, number, number];
  readonly profileFile: string;
  readonly topSelfTimes: readonly SelfTime[];
}

const DEMO_EMAIL = 'demo@tandem.local';
const BENCH_EMAIL = 'gantt-bench@tandem.local';

/** The seed-bench plan comes in phases of 50 tasks. */
function roundTo50(tasks: number): number {
  return Math.max(50, Math.round(tasks / 50) * 50);
}

/** Figures printed by `tandem bench gantt` (milliseconds). */
interface BenchGanttReport {
  readonly tasks: number;
  readonly links: number;
  readonly seededBy: SeededProject['how'];
  readonly seedSeconds: number;
  /** Navigation to the Gantt painted with its rows: the first (cold cache) load, then the others. */
  readonly firstRenderColdMs: number;
  readonly firstRenderWarmMedianMs: number;
  /** Of the warm loads: navigation start → project, tasks and links received (the server's share). */
  readonly dataReceivedWarmMedianMs: number;
  /** Animation-frame deltas at the display's 60 Hz: a delta above 16.7 ms is a dropped frame. */
  readonly scrollVertical: FrameStats;
  readonly scrollHorizontal: FrameStats;
  /** Frame times with frames uncapped (each frame's own production time). */
  readonly frameVertical: FrameStats;
  /** Bars in view where the vertical scroll at Days ended. */
  readonly barsInViewAfterDays: number;
  readonly frameHorizontal: FrameStats;
  /** Vertical again at the Months scale, where bars stay in view (most rows' bars lie right of the
   * view at Days): frame times, and the bars in view where the scroll ended. */
  readonly frameVerticalMonths: FrameStats;
  readonly barsInViewAfterMonths: number;
  readonly edits: readonly EditTiming[];
  readonly editToPaintMedianMs: number;
  readonly editToPaintMaxMs: number;
  readonly traces: readonly ScrollTrace[];
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
    const scrollVertical = await measureScrolling(page, 'y', scrollMs, 64);
    const scrollHorizontal = await measureScrolling(page, 'x', scrollMs, 64);
    await close();
    // The same scrolling with frames uncapped: how long each frame takes to make (see launchChromium).
    const unthrottled = await launchChromium({ unthrottled: true });
    let frameVertical: FrameStats;
    let barsInViewAfterDays: number;
    let frameHorizontal: FrameStats;
    let frameVerticalMonths: FrameStats;
    let barsInViewAfterMonths: number;
    const traces: ScrollTrace[] = [];
    try {
      const timed = await openBenchPage(unthrottled, proxy.baseUrl, signedIn.sessionToken);
      await measureFirstRender(timed.page, url);
      frameVertical = await measureScrolling(timed.page, 'y', scrollMs, 64);
      barsInViewAfterDays = await barsInView(timed.page);
      frameHorizontal = await measureScrolling(timed.page, 'x', scrollMs, 64);
      if (options.trace)
        traces.push(...(await traceScrolls(unthrottled, timed.page, options.trace, scrollMs, 'days')));
      await zoomOutToMonths(timed.page);
      frameVerticalMonths = await measureScrolling(timed.page, 'y', scrollMs, 64);
      barsInViewAfterMonths = await barsInView(timed.page);
      if (options.trace)
        traces.push(...(await traceScrolls(unthrottled, timed.page, options.trace, scrollMs, 'months')));
      await timed.close();
    } finally {
      await unthrottled.close();
    }
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
      barsInViewAfterDays,
      frameHorizontal,
      frameVerticalMonths,
      barsInViewAfterMonths,
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
 * Traces the timed scrolls of one scale into `dir` and summarises them: at Days a vertical then a
 * horizontal one (`gantt-scroll-{y,x}`), at Months a vertical one (`gantt-scroll-y-months`).
 */
async function traceScrolls(
  browser: Parameters<typeof traceScrolling>[0],
  page: Parameters<typeof traceScrolling>[1],
  dir: string,
  scrollMs: number,
  scale: 'days' | 'months',
): Promise<ScrollTrace[]> {
  await mkdir(dir, { recursive: true });
  const traces: ScrollTrace[] = [];
  for (const axis of scale === 'days' ? (['y', 'x'] as const) : (['y'] as const)) {
    const traced = await traceScrolling(browser, page, axis, scrollMs, 64, FRAME_TRACE_CATEGORIES);
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

function formatReport(report: BenchGanttReport): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const p95 = Math.max(report.frameVertical.p95, report.frameHorizontal.p95, report.frameVerticalMonths.p95);
  const dropped = (stats: FrameStats) =>
    `${stats.frames > 0 ? ((100 * stats.dropped) / stats.frames).toFixed(1) : '0'} % of ${stats.frames} frames dropped`;
  const frames = (stats: FrameStats) =>
    `p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, max ${ms(stats.max)}, ${stats.longFrames} frames > 50 ms of ${stats.frames}`;
  return [
    `Gantt in Chromium: ${report.tasks} tasks, ${report.links} links (created by ${report.seededBy} in ${report.seedSeconds.toFixed(1)} s)`,
    `first render (navigation → rows painted): cold ${ms(report.firstRenderColdMs)}, warm median ${ms(report.firstRenderWarmMedianMs)}  target < 1500 ms: ${verdict(report.firstRenderColdMs < 1500)}`,
    `  of which waiting for the project, tasks and links answers (warm median): ${ms(report.dataReceivedWarmMedianMs)}`,
    `scrolling at 60 Hz, vertical: ${dropped(report.scrollVertical)}; horizontal: ${dropped(report.scrollHorizontal)}`,
    `frame time while scrolling (frames uncapped), vertical (${report.barsInViewAfterDays} bars in view where it ended): ${frames(report.frameVertical)}`,
    `frame time while scrolling (frames uncapped), horizontal: ${frames(report.frameHorizontal)}`,
    `frame time while scrolling (frames uncapped), vertical at Months zoom (${report.barsInViewAfterMonths} bars in view where it ended): ${frames(report.frameVerticalMonths)}`,
    `  scrolling p95 frame time target < 16 ms: ${verdict(p95 < 16)}`,
    `duration edit → successor repainted: median ${ms(report.editToPaintMedianMs)}, max ${ms(report.editToPaintMaxMs)}  target < 150 ms: ${verdict(report.editToPaintMedianMs < 150)}`,
    `  per edit (to move / to paint / PATCH request): ${report.edits.map((e) => `${e.toMove.toFixed(0)}/${e.toPaint.toFixed(0)}/${e.request.toFixed(0)}`).join('  ')}`,
    ...report.traces.flatMap((trace) => [
      ...formatFrameTrace(
        `${trace.axis === 'y' ? 'vertical' : 'horizontal'}${trace.scale === 'months' ? ' at Months' : ''}`,
        trace.summary,
      ),
      `  DOM commits per frame p50/p95/max ${trace.commitsPerFrame.join('/')}, elements added ${trace.addedPerFrame.join('/')}; trace in ${trace.file}`,
      `  most self time (profile in ${trace.profileFile}):`,
      ...trace.topSelfTimes.map((entry) => `    ${entry.ms.toFixed(1).padStart(7)} ms  ${entry.where}`),
    ]),
  ].join('\n');
}
