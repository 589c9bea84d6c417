#!/bin/sh
# Dev-only: bundles the library as it is in the worktree to bench/dev/out/NAME.mjs (git-ignored; inside
# the tree so linkedom resolves), for A/B runs with bench/dev/ab.mjs. Usage: sh bench/dev/bundle-lib.sh NAME
set -e
npx esbuild src/index.ts --bundle --platform=node --format=esm --external:linkedom --external:sanitize-html --define:__VERSION__='"0.0.0-dev"' --outfile=bench/dev/out/$1.mjs --log-level=warning
