#!/bin/sh
# Dev-only: a quick ESM bundle of the library for bench/dev/runs.mjs (DIST=.bench-out/lib.mjs).
npx esbuild src/index.ts --bundle --platform=node --format=esm --external:linkedom --external:sanitize-html --define:__VERSION__='"0.0.0-dev"' --outfile=.bench-out/lib.mjs --log-level=warning
