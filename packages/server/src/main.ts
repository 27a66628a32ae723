import cluster from 'node:cluster';
import { buildApp } from './app';
import { seedBenchCommand } from './bench-seed/seed-bench.command';
import { loadConfig, type ServerConfig } from './config';
import { ClusterWriteLock, workerLockChannel } from './db/cluster-write-lock';
import { createDatabase, type DatabaseHandle } from './db/create-database';
import { migrateToLatest } from './db/migrate';
import { isEmptyDatabase, seedDemoWorkspace } from './startup/demo-seed';
import { lowerHelperThreads } from './startup/helper-thread-priority';
import { startHousekeeping } from './startup/housekeeping';
import { runClusterPrimary } from './startup/serve-cluster';
import { TANDEM_VERSION } from './version';
import { defaultWebDist } from './web/web-app';

const USAGE = `tandem-server ${TANDEM_VERSION}

Usage: tandem-server <command>

Commands:
  serve     migrate the database, seed the demo workspace on first start, and serve the app
  migrate   bring the database schema up to date and exit
  seed-bench  seed the API benchmark's workspace (TANDEM_BENCH_EMAIL, TANDEM_BENCH_PASSWORD,
            TANDEM_BENCH_PROJECTS (100), TANDEM_BENCH_TASKS per project (1000)) and exit

Environment: PORT (4000), HOST (0.0.0.0), TANDEM_DATA_DIR (./.tandem), TANDEM_DATABASE_URL
(postgres://… to use PostgreSQL), TANDEM_DEMO_PASSWORD, TANDEM_DEMO=off, LOG_LEVEL (info),
TANDEM_TRUST_PROXY, TANDEM_BODY_LIMIT (bytes), TANDEM_RATE_LIMIT (requests/minute per IP, 0 = off),
TANDEM_ALLOWED_ORIGINS (origins besides this server's that may open live sockets, comma-separated),
TANDEM_SQLITE_SYNC (normal: commits reach the disk at checkpoints; full: at every commit),
TANDEM_CHECK_RESPONSES (check every answer against the API contract before sending it; off),
TANDEM_WORKERS (serving processes sharing the port, 1), TANDEM_HELPER_NICE (how many nice steps
below the serving thread the process's helper threads run: garbage collection, checkpoints; 10,
0 = off, Linux), TANDEM_SQLITE_CHECKPOINTS (background: a
thread checkpoints the log; inline: the commit that fills the log checkpoints it).`;

function describeDatabase(config: ServerConfig): string {
  return config.database.kind === 'sqlite'
    ? `SQLite at ${config.database.file}`
    : `PostgreSQL at ${config.database.url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')}`;
}

async function migrateCommand(config: ServerConfig): Promise<void> {
  const database = createDatabase(config.database);
  try {
    const { applied } = await migrateToLatest(database.db);
    console.log(
      applied.length === 0
        ? `${describeDatabase(config)}: schema already up to date`
        : `${describeDatabase(config)}: applied ${applied.join(', ')}`,
    );
  } finally {
    await database.close();
  }
}

type SeededDemo = Awaited<ReturnType<typeof seedDemoWorkspace>>;

/** Migrates the database and seeds the demo workspace into an empty one (when enabled). */
async function prepareDatabase(config: ServerConfig, database: DatabaseHandle): Promise<SeededDemo | null> {
  const { applied } = await migrateToLatest(database.db);
  if (applied.length > 0) console.log(`${describeDatabase(config)}: applied ${applied.join(', ')}`);
  if (!config.demo.enabled || !(await isEmptyDatabase(database.db))) return null;
  console.log('Empty database: seeding the demo workspace…');
  return seedDemoWorkspace(database.db, config.demo.password, (line) => console.log(`  ${line}`));
}

function announce(config: ServerConfig, port: number, demo: SeededDemo | null): void {
  const shownHost = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  const workers = config.workers > 1 ? `, ${config.workers} worker processes` : '';
  console.log(
    `\nTandem ${TANDEM_VERSION} is running at http://${shownHost}:${port} (${describeDatabase(config)}${workers})`,
  );
  if (demo) {
    if (demo.generatedPassword) {
      console.log(`Demo sign-in: ${demo.email} / ${demo.generatedPassword}`);
      console.log('(this password is shown once; set TANDEM_DEMO_PASSWORD to choose it)\n');
    } else {
      console.log(`Demo sign-in: ${demo.email} with the password from TANDEM_DEMO_PASSWORD\n`);
    }
  }
}

/** With TANDEM_WORKERS > 1: prepares the database once, then forks the serving workers. */
async function servePrimary(config: ServerConfig): Promise<void> {
  const database = createDatabase(config.database);
  let demo: SeededDemo | null;
  try {
    demo = await prepareDatabase(config, database);
  } finally {
    await database.close();
  }
  const port = await runClusterPrimary(config.workers, (line) => console.log(line));
  announce(config, port, demo);
}

async function serveCommand(config: ServerConfig): Promise<void> {
  if (config.workers > 1 && cluster.isPrimary) return servePrimary(config);
  // SQLite's log is checkpointed off the thread that answers requests unless TANDEM_SQLITE_CHECKPOINTS=inline
  const database = createDatabase(
    config.database.kind === 'sqlite'
      ? {
          ...config.database,
          backgroundCheckpoints: config.sqliteCheckpoints === 'background',
          // a cluster worker's write transactions take turns through the primary
          writeLock: cluster.isWorker ? new ClusterWriteLock(workerLockChannel()) : undefined,
        }
      : config.database,
  );
  let demo: SeededDemo | null = null;
  try {
    // a cluster worker finds the database prepared by its primary
    if (!cluster.isWorker) demo = await prepareDatabase(config, database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({ ...config, database, migrate: false, warmPlans: true });
  const stopHousekeeping = startHousekeeping(database.db, config.loginThrottle, (line) => app.log.info(line));
  // requests first: V8's garbage-collection helpers and the checkpoint thread take the CPU left
  const stopLowering = lowerHelperThreads(config.helperNice);
  app.addHook('onClose', async () => {
    stopLowering();
    stopHousekeeping();
    await database.close();
  });
  const shutdown = (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  if (cluster.isWorker) return;
  const address = app.server.address();
  announce(config, typeof address === 'object' && address ? address.port : config.port, demo);
}

/** Runs a command: an exit code, or null while `serve` keeps the process alive. */
async function main(argv: readonly string[]): Promise<number | null> {
  const [command = 'serve', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(TANDEM_VERSION);
    return 0;
  }
  if (rest.length > 0) {
    console.error(`tandem-server ${command}: unexpected argument "${rest[0]}"\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(process.env, process.cwd(), defaultWebDist());
  if (command === 'migrate') {
    await migrateCommand(config);
    return 0;
  }
  if (command === 'seed-bench') {
    await seedBenchCommand(config, process.env);
    return 0;
  }
  if (command === 'serve') {
    await serveCommand(config);
    return null;
  }
  console.error(`tandem-server: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`tandem-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
