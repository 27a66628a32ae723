import type { Command } from 'commander';
import { runServerProcess } from '../server-process';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve Tandem (API and web app). Seeds a demo workspace on first start.')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 4000)')
    .option('--host <host>', 'interface to bind (default: $HOST or 0.0.0.0)')
    .option('--data-dir <dir>', 'embedded database folder (default: $TANDEM_DATA_DIR or ./.tandem)')
    .option('--no-demo', 'do not seed the demo workspace into an empty database')
    .option(
      '--workers <n>',
      'serving processes sharing the port (default: $TANDEM_WORKERS or 1); on SQLite they share the ' +
        'file (writes take turns), on PostgreSQL the pool',
    )
    .action(
      async (options: {
        port?: string;
        host?: string;
        dataDir?: string;
        demo: boolean;
        workers?: string;
      }) => {
        const env = { ...process.env };
        if (options.workers !== undefined) {
          const workers = Number(options.workers);
          if (!Number.isInteger(workers) || workers < 1 || workers > 64)
            throw new Error(`--workers must be a whole number from 1 to 64, not "${options.workers}"`);
          env.TANDEM_WORKERS = String(workers);
        }
        if (options.port) env.PORT = options.port;
        if (options.host) env.HOST = options.host;
        if (options.dataDir) env.TANDEM_DATA_DIR = options.dataDir;
        if (!options.demo) env.TANDEM_DEMO = 'off';
        process.exitCode = await runServerProcess(['serve'], env);
      },
    );

  program
    .command('migrate')
    .description('Apply database migrations (SQLite by default, PostgreSQL when TANDEM_DATABASE_URL is set).')
    .option('--data-dir <dir>', 'embedded database folder (default: $TANDEM_DATA_DIR or ./.tandem)')
    .action(async (options: { dataDir?: string }) => {
      const env = { ...process.env };
      if (options.dataDir) env.TANDEM_DATA_DIR = options.dataDir;
      process.exitCode = await runServerProcess(['migrate'], env);
    });
}
