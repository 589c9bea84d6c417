#!/bin/sh
# Dev-only: bundle and run clean-hash.ts (save|check FILE), from the worktree root.
set -e
npx esbuild bench/dev/clean-hash.ts --bundle --platform=node --format=esm --outfile=bench/dev/out/clean-hash.mjs --external:linkedom --external:sanitize-html --define:__VERSION__='"0.0.0-dev"' --log-level=warning
node bench/dev/out/clean-hash.mjs "$@"
