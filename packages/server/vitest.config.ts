import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // one PostgreSQL server for the run (started by the harness when TANDEM_TEST_PG_URL is unset)
    globalSetup: ['./src/testing/global-setup.ts'],
    // the suites share that server and hash passwords with argon2: run files one at a time
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
