#!/bin/sh
# Builds the dev adapters and scores text-page extraction on both corpora (run from the worktree root).
# Extra arguments go to the referee (e.g. --worst 10).
set -e
./bench/dev/build.sh
node ../shared/eval/score.mjs --corpus evaldata --data ../shared/corpora/evaldata-dev --extractor bench/dev/out/text-adapter.mjs "$@"
node ../shared/eval/score.mjs --corpus scrapinghub --data ../shared/corpora/scrapinghub --extractor bench/dev/out/text-adapter.mjs "$@"
