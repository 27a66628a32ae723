import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../server-node-flags';

/** The repository root (this file is packages/cli/src/commands/bench-gantt-server.ts). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const webRoot = join(repoRoot, 'packages/web');

/** Newest modification time (ms) of the files under `path` (skipping node_modules). */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Where the bench keeps its own production build of the web app (the shared dist is rebuilt by others). */
export const benchDist = join(repoRoot, 'node_modules/.cache/tandem-bench-gantt/dist');

/**
 * Builds the web app in production mode into `benchDist` unless that build is newer than every
 * source of the app. Returns whether it built; throws with vite's output when the build fails.
 */
export function ensureWebBundle(log: (line: string) => void): boolean {
  const built = join(benchDist, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((name) => join(webRoot, name));
  if (existsSync(built)) {
    const newestSource = Math.max(...sources.filter((path) => existsSync(path)).map(newestMtime));
    if (statSync(built).mtimeMs >= newestSource) return false;
  }
  log('building the web bundle (vite build, production)…');
  const build = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      benchDist,
      '--emptyOutDir',
    ],
    {
      cwd: webRoot,
      encoding: 'utf8',
      // Vite keeps an inherited NODE_ENV (vitest sets "test"): React's development build would be
      // measured instead of what users get.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (build.status !== 0) {
    throw new Error(
      `vite build of packages/web failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`,
    );
  }
  return true;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not read the port of the probe socket'));
      });
    });
  });
}

export interface BenchServer {
  readonly baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the server's own entry point (`@tandem/server/bin serve`, as `tandem serve` does) on
 * 127.0.0.1 with the embedded database in `dataDir` and the demo workspace seeded with
 * `demoPassword`; resolves once `GET /api/health` answers ok.
 */
export async function startBenchServer(
  dataDir: string,
  demoPassword: string,
  timeoutMs = 120_000,
): Promise<BenchServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TANDEM_DATA_DIR: dataDir,
    TANDEM_DEMO_PASSWORD: demoPassword,
    LOG_LEVEL: 'warn',
    // The bench's own requests (seeding, reads) are not an abuse to throttle.
    TANDEM_RATE_LIMIT: '0',
  };
  delete env.TANDEM_DATABASE_URL;
  delete env.TANDEM_DEMO;
  const entry = fileURLToPath(import.meta.resolve('@tandem/server/bin'));
  const child = spawn(process.execPath, [...serverNodeFlags(env), entry, 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const server: BenchServer = { baseUrl, output: () => output, stop: () => stopGroup(child, exited) };
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return server;
      lastError = `GET /api/health answered ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`the server was not healthy after ${timeoutMs} ms (${lastError}):\n${output}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signal('SIGKILL');
    await exited;
  }
}

export interface BenchSeed {
  readonly workspaceId: string;
  readonly projectIds: readonly string[];
  readonly taskCount: number;
  readonly linkCount: number;
}

/**
 * Seeds one project of `tasks` tasks (a multiple of 50) for `email` into the embedded database in
 * `dataDir` with the server's own `seed-bench` command (phases of parallel finish-to-start chains,
 * scheduled). Null when this server has no such command.
 */
export function serverSeedBench(
  dataDir: string,
  email: string,
  password: string,
  tasks: number,
): BenchSeed | null {
  const entry = fileURLToPath(import.meta.resolve('@tandem/server/bin'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TANDEM_DATA_DIR: dataDir,
    TANDEM_BENCH_EMAIL: email,
    TANDEM_BENCH_PASSWORD: password,
    TANDEM_BENCH_PROJECTS: '1',
    TANDEM_BENCH_TASKS: String(tasks),
    LOG_LEVEL: 'warn',
  };
  delete env.TANDEM_DATABASE_URL;
  const run = spawnSync(process.execPath, [entry, 'seed-bench'], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status === 2 && /unknown command/.test(run.stderr)) return null;
  if (run.status !== 0)
    throw new Error(`tandem-server seed-bench failed (exit ${run.status}):\n${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as BenchSeed;
  } catch {
    throw new Error(`tandem-server seed-bench printed no JSON summary:\n${run.stdout}`);
  }
}
