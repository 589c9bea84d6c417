#!/bin/sh
# Dev-only: bundles the library as it is in the worktree to bench/dev/out/NAME.mjs (git-ignored; inside
# the tree so dependencies resolve), for A/B runs with bench/dev/ab.mjs. linkedom is bundled with the
# build's patch, as dist/ has it (build/linkedom-lazy-listeners.mjs). Usage: sh bench/dev/bundle-lib.sh NAME
set -e
node --input-type=module -e "
import { build } from 'esbuild';
import { lazyListenersEsbuild } from './build/linkedom-lazy-listeners.mjs';
await build({ entryPoints: ['src/index.ts'], bundle: true, platform: 'node', format: 'esm', external: ['sanitize-html', 'canvas'],
  define: { __VERSION__: '\"0.0.0-dev\"' }, outfile: 'bench/dev/out/$1.mjs', logLevel: 'warning', plugins: [lazyListenersEsbuild()] });
"
