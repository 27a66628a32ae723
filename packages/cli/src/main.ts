import { Command } from 'commander';
import { registerCommands } from './commands/index';
import { readVersion } from './version';

const program = new Command();
program
  .name('tandem')
  .description('Tandem: one shared plan for product and project managers.')
  .version(readVersion(), '-v, --version')
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tandem: ${message}\n`);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
}
