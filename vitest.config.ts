import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Half the suite waits on child processes and loopback servers, so two workers pay off even on 2 cores.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
