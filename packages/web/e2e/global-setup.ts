import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './provided-context';
import { freePort, repoRoot, startTandemServer } from './tandem-server';

/**
 * Builds the web bundle the server serves, then starts `tandem serve` on a free port with a fresh
 * data directory (so the demo workspace is seeded) and a random demo password. Teardown stops
 * the server and deletes the data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const build = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: join(repoRoot, 'packages/web'),
      encoding: 'utf8',
      // The build users get (`npm start`); vitest sets NODE_ENV=test, which is not it.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (build.status !== 0) {
    throw new Error(
      `vite build of packages/web failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`,
    );
  }
  console.log(`[web-e2e] web bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
  const password = randomBytes(12).toString('base64url');
  const port = await freePort();
  // every browser test comes from 127.0.0.1: the per-IP API rate limit would throttle the suite itself
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TANDEM_DEMO_PASSWORD: password,
    LOG_LEVEL: 'warn',
    TANDEM_RATE_LIMIT: '0',
  };
  // The e2e server always runs on its own embedded database, whatever the caller's environment says.
  delete env.TANDEM_DATABASE_URL;
  delete env.TANDEM_DATA_DIR;
  delete env.TANDEM_DEMO;
  const server = await startTandemServer({ port, dataDir, env }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  console.log(`[web-e2e] tandem serve is healthy at ${server.baseUrl} (SQLite in ${dataDir})`);

  project.provide('tandemBaseUrl', server.baseUrl);
  project.provide('tandemDemoPassword', password);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
