// Worker entry for engine jobs (simulations, what-if levelling). Plain JavaScript on purpose: a
// worker starts a fresh module loader, so it registers tsx itself (as bin/tandem-server.js does)
// before loading the TypeScript job runner.
import { register } from 'tsx/esm/api';

register();
await import('./engine-job.ts');
