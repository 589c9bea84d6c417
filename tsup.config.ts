import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', vitest: 'src/vitest/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', vitest: 'src/vitest/index.ts' } },
  // Test suites import deboiler/vitest; vitest itself is only named in its type declarations.
  external: ['vitest'],
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: false,
  splitting: false,
  define: { __VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  treeshake: true,
  // Bundled so ESM and CJS builds load the stopword data the same way, without JSON import attributes.
  noExternal: ['stopwords-iso'],
});
