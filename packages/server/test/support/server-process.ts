import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClient, SESSION_COOKIE, type TandemClient } from '@tandem/api';

const SERVER_BIN = fileURLToPath(new URL('../../bin/tandem-server.js', import.meta.url));
const STARTUP_TIMEOUT_MS = 60_000;

/** A `tandem-server serve` child process, as `npm start` runs it. */
export interface RunningServer {
  readonly baseUrl: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real server entry point with `env` (on top of the current environment) on a free
 * port, and resolves once it prints the URL it serves. Rejects with its output when it exits
 * early or does not come up within a minute.
 */
export function startServerProcess(env: Readonly<Record<string, string>>): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVER_BIN, 'serve'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`));
    }, STARTUP_TIMEOUT_MS);
    const onData = () => {
      const match = /running at (http:\/\/[^\s]+?:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        baseUrl: match[1].replace('localhost', '127.0.0.1'),
        output: () => output,
        stop: () => stopProcess(child, exited),
      });
    };
    child.stdout?.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before serving:\n${output}`));
    });
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<number | null> {
  if (child.exitCode === null) child.kill('SIGTERM');
  return exited;
}

/**
 * The typed API client against a real server, with a cookie jar of one cookie (the session),
 * as a browser would keep it.
 */
export function cookieClient(baseUrl: string): TandemClient {
  let cookie: string | null = null;
  const jarFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', `${SESSION_COOKIE}=${cookie}`);
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(line);
      if (match) cookie = match[1] === '' ? null : match[1];
    }
    return response;
  };
  return createClient({ baseUrl, fetch: jarFetch });
}
