#!/bin/sh
# Bundles the dev adapters into bench/dev/out (git-ignored; inside the tree so node_modules resolves) (run from the worktree root).
set -e
for a in fast-lines anatomy-lines text-adapter keep-all-adapter dump line-stats explain dispositions explain-text speed; do
  npx esbuild bench/dev/$a.ts --bundle --platform=node --format=esm --outfile=bench/dev/out/$a.mjs --external:linkedom --external:sanitize-html --log-level=warning
done
