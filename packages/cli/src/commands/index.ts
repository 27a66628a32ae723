import type { Command } from 'commander';
import { registerBench } from './bench';
import { registerLevel } from './level';
import { registerSchedule } from './schedule';
import { registerServe } from './serve';
import { registerSimulate } from './simulate';

/** Every `tandem` sub-command, one file each under ./ */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerBench(program);
  registerSchedule(program);
  registerLevel(program);
  registerSimulate(program);
}
