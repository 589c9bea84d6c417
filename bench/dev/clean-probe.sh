#!/bin/sh
# Dev-only: bundle and run clean-probe.ts (hash|time), from the worktree root.
set -e
npx esbuild bench/dev/clean-probe.ts --bundle --platform=node --format=esm --outfile=bench/dev/out/clean-probe.mjs --external:linkedom --external:sanitize-html --define:__VERSION__='"0.0.0-dev"' --log-level=warning
node bench/dev/out/clean-probe.mjs "$@"
