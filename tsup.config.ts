import { defineConfig } from 'tsup';
import { lazyListenersEsbuild } from './build/linkedom-lazy-listeners.mjs';

export default defineConfig({
  // cli-worker: the worker thread of `deboiler --jsonl --concurrency N`, loaded beside cli.js.
  // cli-run: the CLI's work, loaded by cli.js only once the arguments ask for some (fast --help).
  entry: { index: 'src/index.ts', vitest: 'src/vitest/index.ts', cli: 'src/cli/main.ts', 'cli-run': 'src/cli/run.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', vitest: 'src/vitest/index.ts' } },
  // Test suites import deboiler/vitest; vitest itself is only named in its type declarations.
  // canvas: linkedom's optional peer, required inside a try block (its shim stands in where it is absent).
  external: ['vitest', 'canvas'],
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: false,
  splitting: false,
  // The CLI finds its worker with import.meta.url; the shim gives the CJS build the same.
  shims: true,
  define: { __VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  treeshake: true,
  // stopwords-iso: bundled so ESM and CJS builds load the stopword data the same way, without JSON
  // import attributes. linkedom: bundled with a patch that makes parsing about a third cheaper
  // (build/linkedom-lazy-listeners.mjs); its own dependencies stay external, as dependencies of ours.
  noExternal: ['stopwords-iso', 'linkedom'],
  esbuildPlugins: [lazyListenersEsbuild()],
});
