import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts a throwaway PostgreSQL (and Redis) for *.int.test.ts and provides their URLs via inject().
    globalSetup: ['test/setup/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite and a real server per file: keep the two cores of a small machine from thrashing.
    maxWorkers: 2,
  },
});
