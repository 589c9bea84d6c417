#!/bin/sh
# Bundles and runs bench/dev/fast-lines.ts (cached text dumps, both corpora, referee metrics). Run from the worktree root.
set -e
npx esbuild bench/dev/fast-lines.ts --bundle --platform=node --format=esm --outfile=bench/dev/out/fast-lines.mjs --external:linkedom --external:sanitize-html --log-level=warning
node bench/dev/out/fast-lines.mjs "$@"
