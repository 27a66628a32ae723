import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { serverNodeFlags } from '../server-node-flags';
import { type LoadReport, type LoadTarget, REQUEST_KINDS, runLoad } from './bench-api-load';
import { describeOldGeneration, describeProbe, summarizeProbe } from './bench-api-probe-report';
import { seedBench, serveBench } from './bench-api-server';
import {
  meetsLatency,
  meetsThroughput,
  TARGET_P99_MS,
  TARGET_REQUESTS_PER_SECOND,
} from './bench-api-targets';

interface BenchApiOptions {
  projects: string;
  tasks: string;
  clients: string;
  duration: string;
  warmup: string;
  writeShare: string;
  listShare: string;
  listPage: string;
  seed: string;
  rate?: string;
  port?: string;
  databaseUrl?: string;
  profile?: string;
  workers: string;
  json?: boolean;
}

function wholeNumber(text: string, name: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return value;
}

function share(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new Error(`--${name} must be from 0 to 1, not "${text}"`);
  return value;
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Signs in and lists every project's tasks: the leaf ids and versions the clients edit. */
async function prepare(baseUrl: string, email: string, password: string, projectIds: readonly string[]) {
  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in as ${email} answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const target: LoadTarget = { projectIds, taskIds: [], versions: new Map() };
  for (const projectId of projectIds) {
    const response = await fetch(`${baseUrl}/api/v1/projects/${projectId}/tasks`, { headers: { cookie } });
    if (!response.ok) throw new Error(`listing the tasks of ${projectId} answered ${response.status}`);
    const { items } = (await response.json()) as {
      items: { id: string; version: number; summary: boolean }[];
    };
    for (const task of items) {
      if (task.summary) continue;
      (target.taskIds as string[]).push(task.id);
      target.versions.set(task.id, task.version);
    }
  }
  return { cookie, csrf: csrfToken, target };
}

/** Fields of /proc/<pid>/stat after the parenthesised command name (Linux); null when unreadable. */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) in stat fields: utime and stime are the 12th and 13th. */
const cpuSecondsOf = (fields: string[]) => (Number(fields[11]) + Number(fields[12])) / 100;

/**
 * CPU seconds (user + system) a process and its child processes (cluster workers) used so far,
 * from /proc (Linux); null elsewhere. Children that exited are not counted: the server's workers
 * live as long as it does.
 */
function processCpuSeconds(pid: number): number | null {
  const own = statFields(pid);
  if (!own) return null;
  let total = cpuSecondsOf(own);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === pid) continue;
    // the parent pid is the 2nd field
    const fields = statFields(entry);
    if (fields && Number(fields[1]) === pid) total += cpuSecondsOf(fields);
  }
  return total;
}

/**
 * CPU seconds the main thread of a process used so far (the server's event loop: what answers
 * requests, apart from its helper threads), from /proc (Linux); null elsewhere.
 */
function mainThreadCpuSeconds(pid: number): number | null {
  const fields = statFields(`${pid}/task/${pid}`);
  return fields ? cpuSecondsOf(fields) : null;
}

/** Resident memory of a process (Linux /proc), MiB as text; 'unknown' elsewhere. */
function residentMemory(pid: number): string {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? `${Math.round(Number(match[1]) / 1024)} MiB` : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The probe's log so far; empty when it wrote nothing (no full GC, no stall). */
function readProbe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The machine's 1-minute load average (other work competing for the cores), from /proc. */
function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return 'unknown';
  }
}

function describeMachine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform} ${process.arch}`;
}

/** A process's CPU over the measured window: share of a core, and per request answered. */
function cpuUse(
  cpuAt: Partial<Record<'open' | 'close', number | null>>,
  requests: number,
  durationS: number,
  mainAt?: Partial<Record<'open' | 'close', number | null>>,
): string {
  const { open, close } = cpuAt;
  if (open == null || close == null || requests === 0) return 'unknown';
  const seconds = close - open;
  const share = (cpu: number) => `${((cpu / durationS) * 100).toFixed(0)} %`;
  // the event loop's share says how near it is to saturation (queueing then sets the latency)
  const main =
    mainAt?.open != null && mainAt.close != null ? ` (main thread ${share(mainAt.close - mainAt.open)})` : '';
  return `${share(seconds)} of a core${main}, ${((seconds * 1000) / requests).toFixed(2)} ms per request`;
}

function printReport(
  report: LoadReport,
  context: Record<string, string | number>,
  rate: number | undefined,
): void {
  const lines = [
    'tandem bench api',
    ...Object.entries(context).map(([key, value]) => `  ${key.padEnd(13)} ${value}`),
    '',
    `  throughput    ${report.requestsPerSecond} requests/s answered (${report.requests} started in ${report.durationS} s)`,
    `  latency       p50 ${report.all.p50Ms} ms, p95 ${report.all.p95Ms} ms, p99 ${report.all.p99Ms} ms, max ${report.all.maxMs} ms`,
    ...REQUEST_KINDS.map((kind) => {
      const s = report.byKind[kind];
      return `    ${kind.padEnd(11)} ${String(s.count).padStart(7)} requests: p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms, p99 ${s.p99Ms} ms`;
    }),
    ...(report.unsent > 0
      ? [
          `  not sent      ${report.unsent} requests due in the window (the server fell that far behind); ` +
            'the latency line counts each as late as the window end',
        ]
      : []),
    `  conflicts     ${report.conflicts} edits answered 409 (stale version; expected under concurrency)`,
    `  errors        ${report.errors}`,
    ...report.errorSamples.map((sample) => `    ${sample}`),
    `  targets       p99 < ${TARGET_P99_MS} ms: ${meetsLatency(report) ? 'met' : 'NOT met'}; ≥ ${TARGET_REQUESTS_PER_SECOND} requests/s${rate === undefined ? '' : ' sustained'}: ${meetsThroughput(report, rate) ? 'met' : 'NOT met'}`,
  ];
  console.log(lines.join('\n'));
}

export function registerBenchApi(bench: Command): void {
  bench
    .command('api')
    .description(
      'Seed a workspace of projects × tasks, serve it, and load the API with concurrent clients ' +
        "(80 % reads: one task, or a page of 100 of a project's tasks; 20 % duration edits that " +
        'reschedule); prints requests/s and latency percentiles.',
    )
    .option('--projects <n>', 'projects in the workspace', '100')
    .option('--tasks <n>', 'tasks per project (a multiple of 50)', '1000')
    .option('--clients <n>', 'concurrent clients (keep-alive connections)', '200')
    .option('--duration <s>', 'measured seconds', '20')
    .option('--warmup <s>', 'seconds of load before measuring', '3')
    .option('--write-share <0..1>', 'share of requests that edit a task', '0.2')
    .option('--list-share <0..1>', 'share of reads that list a project (the rest read one task)', '0.1')
    .option(
      '--list-page <n>',
      'tasks per listing: a listing reads the first page of this many, as an API client pages ' +
        '(0: the whole project in one answer, as the web Gantt reads it)',
      '100',
    )
    .option('--seed <n>', 'seed of the request mix', '1')
    .option(
      '--rate <n>',
      'open loop: send this many requests/s in all, on a schedule, latency counted from when each ' +
        'was due (default: closed loop, each client sends again as soon as it is answered)',
    )
    .option('--port <port>', 'port for the server (default: a free one)')
    .option(
      '--database-url <url>',
      'PostgreSQL to use instead of a fresh SQLite file (a fresh user is seeded into it)',
    )
    .option('--profile <dir>', 'write a CPU profile of the server (node --cpu-prof) into this folder')
    .option('--workers <n>', 'serving processes sharing the port (tandem serve --workers)', '1')
    .option('--json', 'print the report as JSON')
    .action(async (options: BenchApiOptions) => {
      const projects = wholeNumber(options.projects, 'projects', 1);
      const tasks = wholeNumber(options.tasks, 'tasks', 50);
      const clients = wholeNumber(options.clients, 'clients', 1);
      const durationS = wholeNumber(options.duration, 'duration', 1);
      const warmupS = wholeNumber(options.warmup, 'warmup', 0);
      const writeShare = share(options.writeShare, 'write-share');
      const listShare = share(options.listShare, 'list-share');
      const listPage = wholeNumber(options.listPage, 'list-page', 0);
      if (listPage > 1000)
        throw new Error(`--list-page must be at most 1000 (the API's page limit), not ${listPage}`);
      const seed = wholeNumber(options.seed, 'seed', 0);
      const rate = options.rate === undefined ? undefined : wholeNumber(options.rate, 'rate', 1);
      const workers = wholeNumber(options.workers, 'workers', 1);
      if (workers > 64) throw new Error(`--workers must be at most 64, not ${workers}`);
      if (options.databaseUrl && !/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
        throw new Error('--database-url must start with postgres:// or postgresql://');
      }
      const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-api-'));
      const email = `bench-${randomBytes(4).toString('hex')}@tandem.local`;
      const password = randomBytes(18).toString('base64url');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        TANDEM_DATA_DIR: dataDir,
        TANDEM_DEMO: 'off',
        // the bench measures the API, not the per-IP limiter: 200 clients share one IP
        TANDEM_RATE_LIMIT: '0',
        LOG_LEVEL: 'warn',
        TANDEM_BENCH_EMAIL: email,
        TANDEM_BENCH_PASSWORD: password,
        TANDEM_BENCH_PROJECTS: String(projects),
        TANDEM_BENCH_TASKS: String(tasks),
        TANDEM_WORKERS: String(workers),
      };
      if (options.databaseUrl) env.TANDEM_DATABASE_URL = options.databaseUrl;
      else delete env.TANDEM_DATABASE_URL;
      const log = (line: string) => process.stderr.write(`${line}\n`);
      let server: Awaited<ReturnType<typeof serveBench>> | null = null;
      try {
        log(`seeding ${projects} projects × ${tasks} tasks…`);
        const seeded = await seedBench(env, log);
        const port = options.port ? wholeNumber(options.port, 'port', 1) : await freePort();
        // the probe notes the server's full GCs, event-loop stalls and old-generation growth, to say
        // what fell in the window
        const probeFile = join(dataDir, 'probe.log');
        env.TANDEM_BENCH_PROBE_FILE = probeFile;
        // served as `tandem serve` serves it
        const serverFlags = serverNodeFlags(env);
        const nodeArgs = [
          ...serverFlags,
          '--import',
          new URL('./bench-api-probe.mjs', import.meta.url).href,
          ...(options.profile ? ['--cpu-prof', '--cpu-prof-dir', options.profile] : []),
        ];
        server = await serveBench(env, port, nodeArgs);
        const { cookie, csrf, target } = await prepare(server.baseUrl, email, password, seeded.projectIds);
        log(`loading ${server.baseUrl} with ${clients} clients for ${warmupS} + ${durationS} s…`);
        const cpuAt: Partial<Record<'open' | 'close', number | null>> = {};
        const mainAt: Partial<Record<'open' | 'close', number | null>> = {};
        const ownCpuAt: Partial<Record<'open' | 'close', number>> = {};
        const loadAt: Partial<Record<'open' | 'close', string>> = {};
        const windowAt: Partial<Record<'open' | 'close', number>> = {};
        let serverMemory = 'unknown';
        const serverPid = server.pid;
        const report = await runLoad(target, {
          onWindow: (edge) => {
            windowAt[edge] = Date.now();
            cpuAt[edge] = processCpuSeconds(serverPid);
            // with workers, the primary's main thread answers nothing
            mainAt[edge] = workers === 1 ? mainThreadCpuSeconds(serverPid) : null;
            if (edge === 'close') serverMemory = residentMemory(serverPid);
            const own = process.cpuUsage();
            ownCpuAt[edge] = (own.user + own.system) / 1e6;
            loadAt[edge] = loadAverage();
          },
          baseUrl: server.baseUrl,
          cookie,
          csrf,
          clients,
          durationMs: durationS * 1000,
          warmupMs: warmupS * 1000,
          writeShare,
          listShare,
          listPage,
          seed,
          rate,
        });
        const probed = summarizeProbe(readProbe(probeFile), windowAt.open ?? 0, windowAt.close ?? Date.now());
        const context = {
          command: `tandem ${process.argv.slice(2).join(' ')}`,
          machine: describeMachine(),
          database: options.databaseUrl ? 'PostgreSQL' : 'SQLite (fresh file)',
          workspace: `${seeded.projectIds.length} projects, ${seeded.taskCount} tasks, ${seeded.linkCount} links`,
          mix: `${Math.round((1 - writeShare) * 100)} % reads (${Math.round(listShare * 100)} % of them list a project's tasks: ${listPage > 0 ? `the first page of ${listPage}` : 'all of them'}), ${Math.round(writeShare * 100)} % duration edits`,
          clients,
          server: `${workers > 1 ? `${workers} worker processes (node:cluster) sharing the port` : 'one process'}${serverFlags.length > 0 ? ` (${serverFlags.join(' ')})` : ''}`,
          load:
            rate === undefined
              ? 'closed loop: each client sends its next request when the last is answered'
              : `open loop: ${rate} requests/s due on a schedule, latency counted from when each was due`,
          // per answer given within the window (what the CPU was spent on in it)
          'server CPU': cpuUse(cpuAt, Math.round(report.requestsPerSecond * durationS), durationS, mainAt),
          // the clients run in this process, on the same cores as the server
          'server memory': `${serverMemory} resident at the end (the main process)`,
          'client CPU': cpuUse(ownCpuAt, Math.round(report.requestsPerSecond * durationS), durationS),
          'load average': `${loadAt.open ?? '?'} → ${loadAt.close ?? '?'} (1-minute, ${cpus().length} cores: other work shares them)`,
          // what stalled the server while the window was open (its slowest answers mostly wait on these)
          'server pauses': describeProbe(probed),
          // what makes those full collections come often and last long
          'server heap': `old generation ${describeOldGeneration(probed)}`,
        };
        if (options.json) {
          const targets = { p99: meetsLatency(report), throughput: meetsThroughput(report, rate) };
          console.log(JSON.stringify({ ...context, ...report, targets }, null, 2));
        } else printReport(report, context, rate);
      } finally {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
}
