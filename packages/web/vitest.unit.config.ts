import { defineConfig } from 'vitest/config';

/** The web app's pure logic (formatting, outline, redirects, problem messages): no browser, no server. */
export default defineConfig({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
