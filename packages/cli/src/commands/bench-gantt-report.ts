import type { EditTiming } from './bench-gantt-browser';
import type { BarPath } from './bench-gantt-scroll';
import type { SeededProject } from './bench-gantt-seed';
import type { FrameStats } from './bench-gantt-stats';
import { type FrameTraceSummary, formatFrameTrace, type SelfTime } from './bench-gantt-trace';

/** A diagnostic traced scroll of one axis (`--trace`): where the main thread's time goes. */
export interface ScrollTrace {
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

/** Where a scroll along the bars went (its path), and the bars in view at its end. */
export interface PathFigures extends BarPath {
  readonly barsInViewAtEnd: number;
}

/** Figures printed by `tandem bench gantt` (milliseconds). */
export interface BenchGanttReport {
  readonly tasks: number;
  readonly links: number;
  readonly seededBy: SeededProject['how'];
  readonly seedSeconds: number;
  /** Navigation to the Gantt painted with its rows: the first (cold cache) load, then the others. */
  readonly firstRenderColdMs: number;
  readonly firstRenderWarmMedianMs: number;
  /** Of the warm loads: navigation start → project, tasks and links received (the server's share). */
  readonly dataReceivedWarmMedianMs: number;
  /** Animation-frame deltas at the display's 60 Hz: a delta above 16.7 ms is a dropped frame
   * (at Days, vertically along the bars as the uncapped one, and horizontally). */
  readonly scrollVertical: FrameStats;
  readonly scrollHorizontal: FrameStats;
  /** Frame times with frames uncapped (each frame's own production time): vertically at Days
   * along the bars (see barPath), horizontally at Days from the plan's start, vertically at Months
   * along the bars from the plan's first bar. */
  readonly frameVertical: FrameStats;
  readonly verticalPath: PathFigures;
  readonly frameHorizontal: FrameStats;
  readonly frameVerticalMonths: FrameStats;
  readonly monthsPath: PathFigures;
  readonly edits: readonly EditTiming[];
  readonly editToPaintMedianMs: number;
  readonly editToPaintMaxMs: number;
  readonly traces: readonly ScrollTrace[];
}

/** The report as printed, one figure a line, each target with its verdict. */
export function formatReport(report: BenchGanttReport): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const p95 = Math.max(report.frameVertical.p95, report.frameHorizontal.p95, report.frameVerticalMonths.p95);
  const dropped = (stats: FrameStats) =>
    `${stats.frames > 0 ? ((100 * stats.dropped) / stats.frames).toFixed(1) : '0'} % of ${stats.frames} frames dropped`;
  const along = (path: PathFigures) =>
    `${path.length.toLocaleString('en')} px in ${path.segments.length} stretch${path.segments.length === 1 ? '' : 'es'}, ${path.barsInViewAtEnd} bars in view where it ended`;
  const frames = (stats: FrameStats) =>
    `p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, max ${ms(stats.max)}, ${stats.longFrames} frames > 50 ms of ${stats.frames}`;
  return [
    `Gantt in Chromium: ${report.tasks} tasks, ${report.links} links (created by ${report.seededBy} in ${report.seedSeconds.toFixed(1)} s)`,
    `first render (navigation → rows painted): cold ${ms(report.firstRenderColdMs)}, warm median ${ms(report.firstRenderWarmMedianMs)}  target < 1500 ms: ${verdict(report.firstRenderColdMs < 1500)}`,
    `  of which waiting for the project, tasks and links answers (warm median): ${ms(report.dataReceivedWarmMedianMs)}`,
    `scrolling at 60 Hz, vertical along the bars at Days: ${dropped(report.scrollVertical)}; horizontal: ${dropped(report.scrollHorizontal)}`,
    `frame time while scrolling (frames uncapped), vertical at Days along the bars (${along(report.verticalPath)}): ${frames(report.frameVertical)}`,
    `frame time while scrolling (frames uncapped), horizontal: ${frames(report.frameHorizontal)}`,
    `frame time while scrolling (frames uncapped), vertical at Months along the bars (${along(report.monthsPath)}): ${frames(report.frameVerticalMonths)}`,
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
