// Dev probe: A/B CPU time of extract() for two library bundles on the ScrapingHub pages, robust to a
// busy machine: each page runs A and B alternately `rounds` times; a page's cost is its least
// disturbed (minimum) run, since other processes only ever add time. Run with `node --single-threaded`.
// node bench/dev/ab.mjs A.mjs B.mjs [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
const [a, b, rounds = '5'] = process.argv.slice(2);
const root = join(process.env.DEBOILER_CORPORA ?? '../shared/corpora', 'scrapinghub', 'html');
const pages = readdirSync(root).sort().map((f) => gunzipSync(readFileSync(join(root, f))).toString('utf8'));
const libs = [await import(resolve(a)), await import(resolve(b))];
const cpu = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
for (const lib of libs) for (const h of pages.slice(0, 30)) lib.extract(h); // warm up
const best = [0, 0];
for (const h of pages) {
  const m = [Infinity, Infinity];
  for (let r = 0; r < Number(rounds); r++) for (const i of r % 2 ? [1, 0] : [0, 1]) m[i] = Math.min(m[i], cpu(() => libs[i].extract(h)));
  best[0] += m[0]; best[1] += m[1];
}
console.log(`sum of per-page minimum CPU: A ${best[0].toFixed(0)} ms  B ${best[1].toFixed(0)} ms  B/A ${(best[1] / best[0]).toFixed(3)}`);
