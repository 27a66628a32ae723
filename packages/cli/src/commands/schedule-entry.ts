import { Command } from 'commander';
import { readVersion } from '../version';
import { registerSchedule } from './schedule';

/**
 * `tandem schedule …` on its own: bin/tandem.js starts here when the first argument is `schedule`,
 * so the command loads its own modules only (the engine, the formats and commander), not those of
 * every other command (the API contracts, the server launcher, benchmarks). Errors are reported as
 * main.ts reports them.
 */
const program = new Command();
program
  .name('tandem')
  .description('Tandem: one shared plan for product and project managers.')
  .version(readVersion(), '-v, --version')
  .showHelpAfterError();
registerSchedule(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tandem: ${message}\n`);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
}
