// Dev probe: bench:speed's contenders by CPU time, for a busy machine where wall-clock figures mean
// little. Each page runs every contender `rounds` times in rotating order; a page's cost per contender
// is its least disturbed (minimum) run. Library bundles to compare are given as arguments.
// node bench/dev/cpu-contenders.mjs bench/dev/out/lib-base.mjs bench/dev/out/lib-new.mjs [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve, basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const root = join(process.env.DEBOILER_CORPORA ?? '../shared/corpora', 'scrapinghub', 'html');
const pages = readdirSync(root).sort().map((f) => gunzipSync(readFileSync(join(root, f))).toString('utf8'));
const contenders = [
  ['linkedom parse', (h) => parseHTML(h)],
  ['Readability.js', (h) => new Readability(parseHTML(h).document).parse()],
];
for (const a of args.filter((x) => !/^\d+$/.test(x))) { const lib = await import(resolve(a)); contenders.push([`extract ${basename(a, '.mjs')}`, (h) => lib.extract(h)]); }
const cpu = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
for (const [, run] of contenders) for (const h of pages.slice(0, 20)) run(h); // warm up
const sums = contenders.map(() => 0);
for (const h of pages) {
  const best = contenders.map(() => Infinity);
  for (let r = 0; r < rounds; r++) for (let j = 0; j < contenders.length; j++) { const i = (j + r) % contenders.length; best[i] = Math.min(best[i], cpu(() => contenders[i][1](h))); }
  best.forEach((b, i) => { sums[i] += b; });
}
console.log(`${pages.length} pages, sum of per-page minimum CPU over ${rounds} rounds`);
console.log('contender                  CPU ms   pages/s  × parse  × Readability speed');
contenders.forEach(([name], i) => console.log(`${name.padEnd(24)} ${sums[i].toFixed(0).padStart(8)} ${((pages.length / sums[i]) * 1000).toFixed(1).padStart(9)} ${(sums[i] / sums[0]).toFixed(2).padStart(8)} ${(sums[1] / sums[i]).toFixed(2).padStart(10)}`));
