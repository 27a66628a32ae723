export { registerCommands } from './commands/index';
