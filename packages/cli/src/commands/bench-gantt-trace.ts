import { percentile } from './bench-gantt-stats';

/** One event of a Chromium trace (the JSON "Trace Event Format"); times in microseconds. */
export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time, µs: unlike `dur`, not stretched when other processes hold the cores. */
  readonly tdur?: number;
  readonly args?: Record<string, unknown>;
}

/** Trace categories that show the main thread's work per frame (as DevTools' Performance panel). */
export const FRAME_TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
];

/** The renderer main thread's work between two animation frames (ms, counts). */
export interface TracedFrame {
  /** Main-thread time spent in tasks that start in this frame, ms. */
  readonly mainMs: number;
  /** The same tasks' thread CPU time, ms: a load-independent cross-check of `mainMs`. */
  readonly mainCpuMs: number;
  readonly scriptMs: number;
  /** Style recalculation (UpdateLayoutTree), ms. */
  readonly styleMs: number;
  readonly layoutMs: number;
  /** PrePaint, Paint and Layerize, ms. */
  readonly paintMs: number;
  readonly gcMs: number;
  readonly styleRecalcs: number;
  readonly layouts: number;
  /** Style recalcs and layouts run inside script (a layout read after a write), not by the frame. */
  readonly forced: number;
  /** Elements restyled and layout objects laid out. */
  readonly elementsRestyled: number;
  readonly objectsLaidOut: number;
}

/** Figures of the main thread over a traced run of frames. */
export interface FrameTraceSummary {
  readonly frames: number;
  readonly mainP50: number;
  readonly mainP95: number;
  readonly mainMax: number;
  readonly mainCpuP50: number;
  readonly mainCpuP95: number;
  /** Frames with style recalcs or layouts forced by script. */
  readonly framesWithForcedLayout: number;
  /** The slowest frames by main-thread time, slowest first. */
  readonly slowest: readonly TracedFrame[];
  /** Sums over all frames (the mean is this over `frames`). */
  readonly total: TracedFrame;
}

const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
]);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'PaintImage', 'UpdateLayer']);
const GC = new Set(['MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase']);
const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function emptyFrame(): { -readonly [K in keyof TracedFrame]: number } {
  return {
    mainMs: 0,
    mainCpuMs: 0,
    scriptMs: 0,
    styleMs: 0,
    layoutMs: 0,
    paintMs: 0,
    gcMs: 0,
    styleRecalcs: 0,
    layouts: 0,
    forced: 0,
    elementsRestyled: 0,
    objectsLaidOut: 0,
  };
}

function numberArg(value: unknown, ...path: string[]): number {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return 0;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'number' ? at : 0;
}

/** What starts a frame on the renderer main thread (one per frame, whatever the rAF callbacks). */
const FRAME_START = 'BeginMainThreadFrame';

/** The renderer main thread with the most frames (the page scrolled). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const names = new Map<string, string>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name')
      names.set(`${event.pid}:${event.tid}`, String(event.args?.name ?? ''));
  const frames = new Map<string, number>();
  for (const event of events) {
    if (event.name !== FRAME_START) continue;
    const key = `${event.pid}:${event.tid}`;
    if (names.get(key) === 'CrRendererMain') frames.set(key, (frames.get(key) ?? 0) + 1);
  }
  const best = [...frames].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`the trace has no ${FRAME_START} on a renderer main thread (CrRendererMain)`);
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid, tid };
}

/**
 * Where each frame starts, µs: at the top-level task that holds its `BeginMainThreadFrame` (the
 * marker comes a few µs into that task, which would otherwise count in the frame before), or at
 * the marker itself when no task holds it. `topLevel` is sorted by start.
 */
function frameStarts(markers: readonly number[], topLevel: readonly TraceEvent[]): number[] {
  const starts: number[] = [];
  let task = 0;
  for (const marker of markers) {
    while (task < topLevel.length && topLevel[task].ts + (topLevel[task].dur ?? 0) <= marker) task++;
    const holder = topLevel[task];
    starts.push(holder && holder.ts <= marker ? holder.ts : marker);
  }
  return starts;
}

/**
 * Splits the page's main-thread work into frames (from one `BeginMainThreadFrame` to the next) and
 * sums, per frame, script, style, layout, paint and GC time (ms), with counts of style recalcs
 * and layouts and how many of them script forced. Throws when the trace has no frame.
 */
export function summariseFrameTrace(events: readonly TraceEvent[], slowestCount = 5): FrameTraceSummary {
  const { pid, tid } = mainThread(events);
  const markers = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === FRAME_START)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const starts = frameStarts(
    markers,
    own.filter((e) => TOP_LEVEL.has(e.name)),
  );
  const frames = starts.slice(0, -1).map(() => emptyFrame());
  let frame = -1;
  // Open script and top-level events, to tell nested (forced) layouts and count tasks once.
  const scriptEnds: number[] = [];
  let topLevelEnd = Number.NEGATIVE_INFINITY;
  for (const event of own) {
    while (frame + 1 < starts.length && event.ts >= starts[frame + 1]) frame++;
    if (frame < 0 || frame >= frames.length) continue;
    const into = frames[frame];
    const ms = (event.dur ?? 0) / 1000;
    const end = event.ts + (event.dur ?? 0);
    while (scriptEnds.length > 0 && scriptEnds[scriptEnds.length - 1] <= event.ts) scriptEnds.pop();
    const insideScript = scriptEnds.length > 0;
    if (TOP_LEVEL.has(event.name) && event.ts >= topLevelEnd) {
      into.mainMs += ms;
      into.mainCpuMs += (event.tdur ?? 0) / 1000;
      topLevelEnd = end;
    }
    if (SCRIPT.has(event.name)) {
      if (!insideScript) into.scriptMs += ms;
      scriptEnds.push(end);
    } else if (event.name === 'UpdateLayoutTree') {
      into.styleMs += ms;
      into.styleRecalcs++;
      into.elementsRestyled += numberArg(event.args, 'elementCount');
      if (insideScript) into.forced++;
    } else if (event.name === 'Layout') {
      into.layoutMs += ms;
      into.layouts++;
      into.objectsLaidOut += numberArg(event.args, 'beginData', 'dirtyObjects');
      if (insideScript) into.forced++;
    } else if (PAINT.has(event.name)) {
      into.paintMs += ms;
    } else if (GC.has(event.name)) {
      into.gcMs += ms;
    }
  }
  if (frames.length === 0) throw new Error('the trace has fewer than two animation frames');
  const main = frames.map((f) => f.mainMs);
  const cpu = frames.map((f) => f.mainCpuMs);
  const total = emptyFrame();
  for (const f of frames) for (const key of Object.keys(total) as (keyof TracedFrame)[]) total[key] += f[key];
  return {
    frames: frames.length,
    mainP50: percentile(main, 50),
    mainP95: percentile(main, 95),
    mainMax: Math.max(...main),
    mainCpuP50: percentile(cpu, 50),
    mainCpuP95: percentile(cpu, 95),
    framesWithForcedLayout: frames.filter((f) => f.forced > 0).length,
    slowest: [...frames].sort((a, b) => b.mainMs - a.mainMs).slice(0, slowestCount),
    total,
  };
}

/** The summary as lines for the bench's report. */
export function formatFrameTrace(axis: string, summary: FrameTraceSummary): string[] {
  const ms = (value: number) => value.toFixed(1);
  const n = summary.frames;
  const t = summary.total;
  const frame = (f: TracedFrame) =>
    `main ${ms(f.mainMs)} (CPU ${ms(f.mainCpuMs)}) ⊇ script ${ms(f.scriptMs)} + style ${ms(f.styleMs)} (${f.styleRecalcs}×, ${f.elementsRestyled} el) + layout ${ms(f.layoutMs)} (${f.layouts}×, ${f.objectsLaidOut} obj) + paint ${ms(f.paintMs)} + gc ${ms(f.gcMs)}; forced ${f.forced}`;
  return [
    `trace ${axis}: ${n} frames, main thread per frame p50 ${ms(summary.mainP50)} ms, p95 ${ms(summary.mainP95)} ms, max ${ms(summary.mainMax)} ms (CPU p50 ${ms(summary.mainCpuP50)}, p95 ${ms(summary.mainCpuP95)} ms); ${summary.framesWithForcedLayout} frames with a forced style/layout`,
    `  mean per frame: script ${ms(t.scriptMs / n)}, style ${ms(t.styleMs / n)} (${(t.styleRecalcs / n).toFixed(1)}×), layout ${ms(t.layoutMs / n)} (${(t.layouts / n).toFixed(1)}×), paint ${ms(t.paintMs / n)}, gc ${ms(t.gcMs / n)} ms`,
    ...summary.slowest.map((f) => `  slow frame: ${frame(f)}`),
  ];
}

/** A V8 CPU profile as the DevTools protocol's `Profiler.stop` returns it (times in µs). */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** A function's self time in a CPU profile. */
export interface SelfTime {
  /** "name url:line:column" (0-based line and column, as V8 reports them). */
  readonly where: string;
  readonly ms: number;
}

/**
 * The functions with the most self time (ms) in `profile`, most first, idle and program excluded.
 * Locations stay those of the bundle; map them with its source map.
 */
export function topSelfTimes(profile: CpuProfile, count = 15): SelfTime[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byNode.get(samples[i]);
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
    const where = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
    // A sample's time is the delta to the next one.
    totals.set(where, (totals.get(where) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...totals]
    .map(([where, ms]) => ({ where, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}
