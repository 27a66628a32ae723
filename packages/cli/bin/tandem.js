#!/usr/bin/env node
// Tandem ships its TypeScript sources; tsx compiles them on load (cached), so there is no build step.
import { pathToFileURL } from 'node:url';
import { cachedBundle } from './cached-bundle.js';

// `schedule`, the command people time, runs from one bundled file (cached-bundle.js) and loads only
// its own modules; every other command goes through tsx and the full program.
// TANDEM_NO_BUNDLE=1 runs `schedule` from the sources too.
const bundle =
  process.argv[2] === 'schedule' && !process.env.TANDEM_NO_BUNDLE
    ? cachedBundle('src/commands/schedule-entry.ts', 'schedule')
    : undefined;
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  if (process.argv[2] === 'schedule') await import('../src/commands/schedule-entry.ts');
  else await import('../src/main.ts');
}
