// Dev probe: like ab.mjs (A/B CPU time of extract() for two library bundles, per page interleaved,
// minimum of `rounds`), with a bare linkedom parse of the same page beside them, so that extract()'s
// own cost beyond parsing can be compared. Also reports the same sums with each contender run as a
// loop over all pages (garbage collection included, as bench:speed has it), median of the rounds.
// Each round takes the next of the six orders of the three, so no contender always follows another's
// garbage: use a multiple of 6 rounds. node bench/dev/ab-parse.mjs A.mjs B.mjs [rounds]
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
const [a, b, rounds = '6'] = process.argv.slice(2);
const root = join(process.env.DEBOILER_CORPORA ?? '../shared/corpora', 'scrapinghub', 'html');
const pages = readdirSync(root).sort().map((f) => gunzipSync(readFileSync(join(root, f))).toString('utf8'));
const libs = [await import(resolve(a)), await import(resolve(b))];
const runs = [(h) => parseHTML(h), (h) => libs[0].extract(h), (h) => libs[1].extract(h)];
const names = ['bare parse', 'A extract', 'B extract'];
const ORDERS = [[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 2, 1], [2, 1, 0], [1, 0, 2]];
const cpu = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
for (const lib of libs) for (const h of pages.slice(0, 30)) lib.extract(h); // warm up
const best = [0, 0, 0];
for (const h of pages) {
  const m = [Infinity, Infinity, Infinity];
  for (let r = 0; r < Number(rounds); r++) for (const i of ORDERS[r % 6]) m[i] = Math.min(m[i], cpu(() => runs[i](h)));
  for (let i = 0; i < 3; i++) best[i] += m[i];
}
const loops = [[], [], []];
for (let r = 0; r < Number(rounds); r++) for (const i of ORDERS[r % 6]) loops[i].push(cpu(() => { for (const h of pages) runs[i](h); }));
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const n = pages.length;
const show = (label, v) => {
  console.log(label);
  for (let i = 0; i < 3; i++) console.log(`  ${names[i].padEnd(11)} ${(v[i] / n).toFixed(2).padStart(6)} ms/page${i ? `  (${(v[i] / v[0]).toFixed(2)}x parse, beyond parse ${((v[i] - v[0]) / n).toFixed(2)} ms/page)` : ''}`);
  console.log(`  B/A ${(v[2] / v[1]).toFixed(3)}, beyond-parse B/A ${((v[2] - v[0]) / (v[1] - v[0])).toFixed(3)}`);
};
show('per-page minimum CPU (little garbage collection):', best);
show('loops over all pages, median CPU (garbage collection included):', loops.map(median));
