import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/web/e2e/tandem-server.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningServer {
  readonly baseUrl: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
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

/**
 * Starts `tandem serve` exactly as a user would (`node packages/cli/bin/tandem.js serve`) on
 * 127.0.0.1:`port` with the embedded database in `dataDir`, and resolves once `GET /api/health`
 * answers ok. Rejects with the server's output if it exits or is not healthy within `timeoutMs`.
 */
export async function startTandemServer(options: {
  port: number;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
}): Promise<RunningServer> {
  const { port, dataDir, env, timeoutMs = 120_000 } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      'packages/cli/bin/tandem.js',
      'serve',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data-dir',
      dataDir,
    ],
    // Its own process group, so that stop() also reaches the server the CLI starts as a child.
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const server: RunningServer = { baseUrl, output: () => output, stop: () => stopProcess(child, exited) };
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `tandem serve exited (code ${child.exitCode ?? child.signalCode}) before it was healthy:\n${output}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ok') return server;
      lastError = `GET /api/health answered ${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`tandem serve was not healthy after ${timeoutMs} ms (${lastError}):\n${output}`);
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const group = -child.pid;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(group, name);
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
