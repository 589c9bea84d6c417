#!/bin/sh
# Dev-only: bundle and run output-hash.ts (save|check FILE), from the worktree root.
set -e
npx esbuild bench/dev/output-hash.ts --bundle --platform=node --format=esm --outfile=bench/dev/out/output-hash.mjs --external:linkedom --external:sanitize-html --define:__VERSION__='"0.0.0-dev"' --log-level=warning
node bench/dev/out/output-hash.mjs "$@"
