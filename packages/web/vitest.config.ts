import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests: the global setup builds the web bundle and starts the real server
 * (`tandem serve`) on a free port with a fresh data directory; tests drive Debian's Chromium.
 */
export default defineConfig({
  test: {
    name: 'web-e2e',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One server, one browser per file: files run one after another on a 2-core machine.
    fileParallelism: false,
  },
});
