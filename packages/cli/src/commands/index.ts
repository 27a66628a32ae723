import type { Command } from 'commander';
import { registerServe } from './serve';

/** Every `tandem` sub-command, one file each under ./ */
export function registerCommands(program: Command): void {
  registerServe(program);
}
