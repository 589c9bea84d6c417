#!/bin/sh
# Dev-only: bundles bench/dev/stage-ab.ts from the committed sources (REV, default HEAD) as A and from
# the worktree as B, then runs it. Copies the worktree's src/ aside and back; run from the worktree root.
set -e
REV=${REV:-HEAD}
B="npx esbuild bench/dev/stage-ab.ts --bundle --platform=node --format=esm --external:linkedom --external:sanitize-html --define:__VERSION__=\"0.0.0-dev\" --log-level=warning"
$B --outfile=bench/dev/out/stage-b.mjs
tmp=$(mktemp -d)
git archive "$REV" src | tar -x -C "$tmp"
B_A=$(echo "$B" | sed "s#bench/dev/stage-ab.ts#$tmp/stage-ab.ts#")
mkdir -p "$tmp/bench/dev" && cp bench/dev/stage-ab.ts "$tmp/bench/dev/" && cp bench/corpora.ts "$tmp/bench/"
(cd "$tmp" && ln -s "$OLDPWD/node_modules" node_modules && npx esbuild bench/dev/stage-ab.ts --bundle --platform=node --format=esm --external:linkedom --external:sanitize-html --define:__VERSION__=\"0.0.0-dev\" --log-level=warning --outfile="$OLDPWD/bench/dev/out/stage-a.mjs")
rm -rf "$tmp"
node bench/dev/out/stage-a.mjs --other bench/dev/out/stage-b.mjs "${1:-5}"
