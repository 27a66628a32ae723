import {
  createScheduler,
  formatDateTime,
  generateProject,
  mulberry32,
  type ScheduleResult,
  schedule,
} from '@tandem/engine';
import type { Command } from 'commander';

interface BenchCpmOptions {
  tasks: string;
  seed: string;
  runs: string;
  edits: string;
  editTasks: string;
  json?: boolean;
}

/** Figures printed by `tandem bench cpm`. Times in milliseconds, memory in MiB. */
interface BenchCpmReport {
  readonly tasks: number;
  readonly summaries: number;
  readonly links: number;
  readonly seed: number;
  readonly runs: number;
  readonly scheduleMedianMs: number;
  readonly scheduleMinMs: number;
  /** CPU time (user + system) of the process per run: less sensitive than wall time to a busy machine. */
  readonly scheduleCpuMedianMs: number;
  readonly materialiseMedianMs: number;
  readonly edits: number;
  /** Tasks of the project the edits run on (generated with the same seed). */
  readonly editTasks: number;
  readonly editMedianMs: number;
  readonly editP95Ms: number;
  readonly editMaxMs: number;
  /** CPU time (user + system) per edit, 95th percentile: steadier than wall time on a busy machine. */
  readonly editCpuP95Ms: number;
  /** Share of edits that moved the project finish, which re-runs the backward pass over every task. */
  readonly editFullPassShare: number;
  /** The result after each edit (`scheduler.result()`: the task objects that changed, rebuilt). */
  readonly editResultMedianMs: number;
  readonly editResultP95Ms: number;
  readonly projectStart: string;
  readonly projectFinish: string;
  readonly criticalTasks: number;
  readonly peakRssMiB: number;
  readonly heapUsedMiB: number;
}

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, not "${text}"`);
  return value;
}

function integer(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value)) throw new Error(`--${name} must be an integer, not "${text}"`);
  return value;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (0 < p ≤ 1). */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

const round = (ms: number): number => Math.round(ms * 100) / 100;
const mib = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/**
 * Generates the project, schedules it `runs` times after a warm-up, then times single-duration
 * edits on the incremental scheduler of a project of `editTasks` tasks (default: the same project).
 */
export function runBenchCpm(options: {
  tasks: number;
  seed: number;
  runs: number;
  edits: number;
  editTasks?: number;
}): BenchCpmReport {
  const project = generateProject({ tasks: options.tasks, seed: options.seed });
  const summaries = summariesOf(project).size;
  let result: ScheduleResult | null = schedule(project);
  void result.tasks;
  const scheduleMs: number[] = [];
  const cpuMs: number[] = [];
  const materialiseMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    // A caller scheduling a plan holds its model, not the million task objects of a schedule
    // before: let the previous run's go, or every collection in the timed run marks them too.
    result = null;
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    result = schedule(project);
    const t1 = performance.now();
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    void result.tasks;
    materialiseMs.push(performance.now() - t1);
    scheduleMs.push(t1 - t0);
  }
  const editTasks = options.editTasks ?? options.tasks;
  const editProject =
    editTasks === options.tasks ? project : generateProject({ tasks: editTasks, seed: options.seed });
  const scheduler = createScheduler(editProject);
  const prng = mulberry32(options.seed ^ 0x9e3779b9);
  const summaryIds = summariesOf(editProject);
  const leaves = editProject.tasks.filter((t) => !summaryIds.has(t.id));
  const editMs: number[] = [];
  const editCpuMs: number[] = [];
  const resultMs: number[] = [];
  let fullPasses = 0;
  for (let e = 0; e < options.edits; e++) {
    const task = prng.pick(leaves);
    const minutes = prng.int(0, 10) * 480;
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const stats = scheduler.updateDuration(task.id, minutes);
    editMs.push(performance.now() - t0);
    const used = process.cpuUsage(cpu);
    editCpuMs.push((used.user + used.system) / 1000);
    if (stats.fullPass) fullPasses++;
    const t1 = performance.now();
    void scheduler.result().tasks;
    resultMs.push(performance.now() - t1);
  }
  const memory = process.memoryUsage();
  const last = result ?? schedule(project);
  return {
    tasks: project.tasks.length,
    summaries,
    links: project.links.length,
    seed: options.seed,
    runs: options.runs,
    scheduleMedianMs: round(median(scheduleMs)),
    scheduleMinMs: round(Math.min(...scheduleMs)),
    scheduleCpuMedianMs: round(median(cpuMs)),
    materialiseMedianMs: round(median(materialiseMs)),
    edits: options.edits,
    editTasks,
    editMedianMs: options.edits > 0 ? round(median(editMs)) : 0,
    editP95Ms: options.edits > 0 ? round(percentile(editMs, 0.95)) : 0,
    editMaxMs: options.edits > 0 ? round(Math.max(...editMs)) : 0,
    editCpuP95Ms: options.edits > 0 ? round(percentile(editCpuMs, 0.95)) : 0,
    editFullPassShare: options.edits > 0 ? round(fullPasses / options.edits) : 0,
    editResultMedianMs: options.edits > 0 ? round(median(resultMs)) : 0,
    editResultP95Ms: options.edits > 0 ? round(percentile(resultMs, 0.95)) : 0,
    projectStart: formatDateTime(last.start),
    projectFinish: formatDateTime(last.finish),
    criticalTasks: last.criticalPath.length,
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
    heapUsedMiB: mib(memory.heapUsed),
  };
}

function summariesOf(project: { tasks: readonly { parentId: string | null }[] }): Set<string> {
  const ids = new Set<string>();
  for (const t of project.tasks) if (t.parentId !== null) ids.add(t.parentId);
  return ids;
}

/** `tandem bench cpm`: schedules a generated project and prints the median time and peak memory. */
export function registerBenchCpm(bench: Command): void {
  bench
    .command('cpm')
    .description(
      'Schedule a generated project (summary groups, ~1.5 links per task, FS/SS/FF with lags, a calendar with holidays) and print the median time and peak memory.',
    )
    .option('--tasks <n>', 'number of tasks, summaries included', '100000')
    .option('--seed <s>', 'seed of the generated project', '1')
    .option('--runs <r>', 'timed runs after one warm-up', '7')
    .option('--edits <e>', 'single-duration edits timed on the incremental scheduler', '200')
    .option('--edit-tasks <n>', 'tasks of the project the edits run on', '10000')
    .option('--json', 'print one JSON object')
    .action((options: BenchCpmOptions) => {
      const report = runBenchCpm({
        tasks: positiveInteger(options.tasks, 'tasks'),
        seed: integer(options.seed, 'seed'),
        runs: positiveInteger(options.runs, 'runs'),
        edits: options.edits === '0' ? 0 : positiveInteger(options.edits, 'edits'),
        editTasks: positiveInteger(options.editTasks, 'edit-tasks'),
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const lines = [
        `project        ${report.tasks} tasks (${report.summaries} summaries), ${report.links} links, seed ${report.seed}`,
        `dates          ${report.projectStart} → ${report.projectFinish}, ${report.criticalTasks} critical tasks`,
        `schedule       median ${report.scheduleMedianMs} ms, min ${report.scheduleMinMs} ms over ${report.runs} runs (after a warm-up); CPU median ${report.scheduleCpuMedianMs} ms`,
        `materialise    median ${report.materialiseMedianMs} ms (task objects, slack, critical flags)`,
        `one edit       median ${report.editMedianMs} ms, p95 ${report.editP95Ms} ms (CPU p95 ${report.editCpuP95Ms} ms), max ${report.editMaxMs} ms over ${report.edits} duration changes on ${report.editTasks} tasks (${Math.round(report.editFullPassShare * 100)} % moved the project finish)`,
        `  its result   median ${report.editResultMedianMs} ms, p95 ${report.editResultP95Ms} ms (scheduler.result() after each edit: the changed tasks rebuilt)`,
        `memory         peak RSS ${report.peakRssMiB} MiB, heap used ${report.heapUsedMiB} MiB`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
