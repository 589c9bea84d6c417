#!/bin/sh
# Builds the dev adapters and scores text-page extraction on both corpora (run from the worktree root).
# Extra arguments go to the referee (e.g. --worst 10).
set -e
./bench/dev/build.sh
node /work/shared/eval/score.mjs --corpus evaldata --data /work/shared/corpora/evaldata-dev --extractor bench/dev/out/text-adapter.mjs "$@"
node /work/shared/eval/score.mjs --corpus scrapinghub --data /work/shared/corpora/scrapinghub --extractor bench/dev/out/text-adapter.mjs "$@"
