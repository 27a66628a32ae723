import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What `tandem-server seed-bench` prints on its last line. */
export interface SeededBench {
  readonly workspaceId: string;
  readonly projectIds: readonly string[];
  readonly taskCount: number;
  readonly linkCount: number;
}

const serverEntry = (): string => fileURLToPath(import.meta.resolve('@tandem/server/bin'));

/**
 * Runs `tandem-server seed-bench` (the CLI never imports the server) and returns what it seeded;
 * progress lines go to `log`. Rejects with the server's output when it fails.
 */
export function seedBench(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<SeededBench> {
  const child = spawn(process.execPath, [serverEntry(), 'seed-bench'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(line.trim());
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) {
        reject(new Error(`tandem-server seed-bench exited with ${code}:\n${stderr.slice(-4000)}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as SeededBench);
      } catch {
        reject(new Error(`tandem-server seed-bench printed no summary line:\n${stdout.slice(-2000)}`));
      }
    });
  });
}

export interface ServedBench {
  readonly baseUrl: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `tandem-server serve` on 127.0.0.1:`port` with `env` (node flags such as `--cpu-prof`
 * in `nodeArgs`) and resolves once `/api/health` answers ok (within 60 s).
 */
export async function serveBench(
  env: NodeJS.ProcessEnv,
  port: number,
  nodeArgs: readonly string[],
): Promise<ServedBench> {
  const child = spawn(process.execPath, [...nodeArgs, serverEntry(), 'serve'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`tandem-server serve exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return { baseUrl, pid: child.pid ?? 0, stop: () => stop(child, exited) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop(child, exited);
  throw new Error(`tandem-server serve was not healthy within 60 s:\n${output}`);
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
