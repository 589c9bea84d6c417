import { defineConfig } from 'vitest/config';
import { EVENT_TARGET_FILE, lazyListenersSource } from './build/linkedom-lazy-listeners.mjs';

export default defineConfig({
  // The tests run linkedom as dist/ ships it: with lazy listener maps (build/linkedom-lazy-listeners.mjs).
  // linkedom is inlined so that the transform sees its files (dependencies are not transformed otherwise).
  plugins: [
    {
      name: 'linkedom-lazy-listeners',
      enforce: 'pre',
      transform(code: string, id: string) {
        const file = id.split('?')[0];
        return EVENT_TARGET_FILE.test(file) ? { code: lazyListenersSource(code, file), map: null } : undefined;
      },
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'threads',
    // Test files share one module graph per worker: the library keeps no mutable module state
    // (tests/hostile/determinism.test.ts audits that), and loading it once per file cost more than the tests.
    isolate: false,
    server: { deps: { inline: ['linkedom'] } },
  },
});
