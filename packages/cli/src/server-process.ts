import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from './server-node-flags';

/**
 * The CLI never imports the server (DEVELOPERS.md: cli talks to it through the API); it starts
 * the server's own entry point as a child process and forwards signals to it.
 */
export function runServerProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const entry = fileURLToPath(import.meta.resolve('@tandem/server/bin'));
  const child = spawn(process.execPath, [...serverNodeFlags(env), entry, ...args], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}
