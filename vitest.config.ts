import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'threads',
    // Test files share one module graph per worker: the library keeps no mutable module state
    // (tests/hostile/determinism.test.ts audits that), and loading it once per file cost more than the tests.
    isolate: false,
  },
});
