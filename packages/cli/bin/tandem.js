#!/usr/bin/env node
// Tandem ships its TypeScript sources; tsx compiles them on load (cached), so there is no build step.
import { register } from 'tsx/esm/api';

register();
// Every module costs start-up time (resolved and loaded through tsx's loader thread): `schedule`,
// the command people time, loads only its own; every other command goes through the full program.
if (process.argv[2] === 'schedule') await import('../src/commands/schedule-entry.ts');
else await import('../src/main.ts');
