import { defineConfig } from 'vitest/config';

/** `npm run bench` only: the benchmark is a Vitest file so it shares the test helpers, but never runs in `npm test`. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    testTimeout: 3 * 60 * 60 * 1000,
    hookTimeout: 3 * 60 * 60 * 1000,
    reporters: ['default'],
  },
});
