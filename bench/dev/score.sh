#!/bin/sh
# Bundles the dev adapter and scores it on both public corpora. Run from the worktree root.
# The bundle goes to .bench-out/ (git-ignored) so it resolves linkedom from node_modules.
# Usage: sh bench/dev/score.sh [extra referee args, e.g. --worst 10]
set -e
npx esbuild bench/dev/locate-adapter.ts --bundle --platform=node --format=esm --outfile=.bench-out/locate-adapter.mjs --external:linkedom --log-level=warning
node ../shared/eval/score.mjs --corpus scrapinghub --data ../shared/corpora/scrapinghub --extractor .bench-out/locate-adapter.mjs "$@"
node ../shared/eval/score.mjs --corpus evaldata --data ../shared/corpora/evaldata-dev --extractor .bench-out/locate-adapter.mjs "$@"
