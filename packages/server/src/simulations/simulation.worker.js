// Worker entry for schedule risk simulations. Plain JavaScript on purpose: a worker starts a fresh
// module loader, so it registers tsx itself (as bin/tandem-server.js does) before loading the
// TypeScript job.
import { register } from 'tsx/esm/api';

register();
await import('./simulation-job.ts');
