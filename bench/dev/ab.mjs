// Dev probe: interleaved A/B CPU time of extract() for two library bundles on the ScrapingHub pages.
// node bench/dev/ab.mjs A.mjs B.mjs [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
const [a, b, rounds = '5'] = process.argv.slice(2);
const root = join(process.env.DEBOILER_CORPORA ?? '../shared/corpora', 'scrapinghub', 'html');
const pages = readdirSync(root).sort().map((f) => gunzipSync(readFileSync(join(root, f))).toString('utf8'));
const libs = [await import(resolve(a)), await import(resolve(b))];
const cpu = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
const times = [[], []];
for (const lib of libs) for (const h of pages.slice(0, 20)) lib.extract(h); // warm up
for (let r = 0; r < Number(rounds); r++) {
  for (let i = 0; i < 2; i++) { const lib = libs[(r + i) % 2]; times[(r + i) % 2].push(cpu(() => { for (const h of pages) lib.extract(h); })); }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`A ${med(times[0]).toFixed(0)} ms  B ${med(times[1]).toFixed(0)} ms  B/A ${(med(times[1]) / med(times[0])).toFixed(3)}  (${times[0].map((x) => x.toFixed(0)).join(' ')} | ${times[1].map((x) => x.toFixed(0)).join(' ')})`);
