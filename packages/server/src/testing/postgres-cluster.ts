import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running throwaway PostgreSQL cluster: connect with `url`, remove it with `stop()`. */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, no password). */
  readonly url: string;
  /** Stops the server (immediate mode) and deletes its data directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartPostgresClusterOptions {
  /** Folder holding `initdb` and `pg_ctl`; found automatically when omitted. */
  readonly binDir?: string;
  /** Progress lines (default: none). */
  readonly log?: (line: string) => void;
}

const START_ATTEMPTS = 3;

/**
 * Creates and starts a disposable PostgreSQL cluster in a temporary folder, tuned for tests
 * (fsync, synchronous_commit and full_page_writes off). `initdb` refuses to run as root, so as
 * root the binaries run as the `postgres` system user through `runuser`; otherwise directly.
 * Throws a message that says what to install when no PostgreSQL binaries are found.
 */
export async function startPostgresCluster(
  options: StartPostgresClusterOptions = {},
): Promise<PostgresCluster> {
  const log = options.log ?? (() => {});
  const binDir = options.binDir ?? findPostgresBinDir();
  const runAs = process.getuid?.() === 0 ? postgresSystemUser() : null;
  const root = mkdtempSync(join(tmpdir(), 'tandem-pg-'));
  if (runAs) chownSync(root, runAs.uid, runAs.gid);
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const run = (binary: string, args: readonly string[]) =>
    runBinary(join(binDir, binary), args, runAs !== null);

  let stopped = false;
  const removeFolder = () => rmSync(root, { recursive: true, force: true });
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    try {
      const command = commandLine(
        join(binDir, 'pg_ctl'),
        ['-D', dataDir, '-m', 'immediate', '-w', 'stop'],
        runAs !== null,
      );
      execFileSync(command.file, command.args, { stdio: 'ignore' });
    } catch {
      // the server may already be down; the folder is removed either way
    }
    removeFolder();
  };
  // A crashed test run must not leave a postgres process behind.
  process.once('exit', stopSync);

  try {
    await run('initdb', [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await startOnFreePort(run, dataDir, root, logFile);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    log(`PostgreSQL test cluster (${binDir}) listening at ${url}`);
    return {
      url,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.off('exit', stopSync);
        try {
          await run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } finally {
          removeFolder();
        }
      },
    };
  } catch (error) {
    const serverLog = existsSync(logFile)
      ? `\nserver log:\n${readFileSync(logFile, 'utf8').slice(-4000)}`
      : '';
    stopSync();
    process.off('exit', stopSync);
    throw new Error(`could not start a PostgreSQL test cluster: ${(error as Error).message}${serverLog}`);
  }
}

/** Retries on a fresh port when another process takes the chosen one between probe and start. */
async function startOnFreePort(
  run: (binary: string, args: readonly string[]) => Promise<string>,
  dataDir: string,
  socketDir: string,
  logFile: string,
): Promise<number> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await freePort();
    const serverOptions = [
      `-p ${port}`,
      `-k ${socketDir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    try {
      await run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start']);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/**
 * The newest `/usr/lib/postgresql/<version>/bin` holding `initdb` (Debian's layout), else
 * `pg_config --bindir`. Throws with install instructions when neither has the server binaries.
 */
export function findPostgresBinDir(): string {
  const candidates: string[] = [];
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(debianRoot, version, 'bin')));
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // pg_config is optional
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or `pg_config --bindir`. ' +
        'Install them (Debian: apt-get install postgresql) or set TANDEM_TEST_PG_URL to an existing server.',
    );
  }
  return found;
}

function postgresSystemUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'running as root, but there is no "postgres" system user to run initdb as (initdb refuses root). ' +
        'Create one, run the tests as another user, or set TANDEM_TEST_PG_URL.',
    );
  }
}

/** The command that runs `binary` as the postgres user (through runuser) or as ourselves. */
function commandLine(
  binary: string,
  args: readonly string[],
  asPostgres: boolean,
): { file: string; args: readonly string[] } {
  return asPostgres
    ? { file: 'runuser', args: ['-u', 'postgres', '--', binary, ...args] }
    : { file: binary, args };
}

function runBinary(binary: string, args: readonly string[], asPostgres: boolean): Promise<string> {
  const command = commandLine(binary, args, asPostgres);
  return new Promise((resolve, reject) => {
    // cwd: a folder the postgres user can read (initdb complains when it cannot).
    execFile(
      command.file,
      [...command.args],
      { cwd: tmpdir(), encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${binary} ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
          return;
        }
        resolve(stdout);
      },
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
