// Dev-only: output-hash.ts bundled with linkedom patched as dist/ ships it (build/linkedom-lazy-listeners.mjs).
// node bench/dev/hash-patched.mjs save|check FILE
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { lazyListenersEsbuild } from '../../build/linkedom-lazy-listeners.mjs';
await build({
  entryPoints: ['bench/dev/output-hash.ts'], bundle: true, platform: 'node', format: 'esm', outfile: 'bench/dev/out/output-hash-patched.mjs',
  external: ['sanitize-html', 'canvas'], define: { __VERSION__: '"0.0.0-dev"' }, logLevel: 'warning', plugins: [lazyListenersEsbuild()],
});
process.exit(spawnSync(process.execPath, ['bench/dev/out/output-hash-patched.mjs', ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1);
