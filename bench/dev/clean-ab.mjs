// Dev probe: A/B CPU time of clean() on text for two library bundles (bench/dev/ab-lib.ts built
// twice), on the article texts frozen by clean-probe.ts. Each text runs A and B alternately
// `rounds` times; its cost is its least disturbed (minimum) run, since other processes only ever
// add time, and a pass is the sum of those. Per text rather than per pass: on a busy machine a
// whole undisturbed pass is rare, an undisturbed call is not. Run with `node --single-threaded`.
// node bench/dev/clean-ab.mjs A.mjs B.mjs [rounds]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const [a, b, rounds = '15'] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(resolve('.bench-out/clean-texts.json'), 'utf8'));
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 2 ** 20;
const libs = [await import(resolve(a)), await import(resolve(b))];
const cpu = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
for (let w = 0; w < 3; w++) for (const lib of libs) for (const x of texts) lib.clean(x, { format: 'text' }); // warm up
const best = [0, 0];
for (const x of texts) {
  const m = [Infinity, Infinity];
  for (let r = 0; r < Number(rounds); r++) for (const i of r % 2 ? [1, 0] : [0, 1]) m[i] = Math.min(m[i], cpu(() => libs[i].clean(x, { format: 'text' })));
  best[0] += m[0];
  best[1] += m[1];
}
const line = (name, ms) => `${name} ${ms.toFixed(1)} ms/pass  ${(ms / texts.length).toFixed(3)} ms/call  ${(mb / (ms / 1000)).toFixed(2)} MB/s`;
console.log(`${line('A', best[0])}\n${line('B', best[1])}\nB/A ${(best[1] / best[0]).toFixed(3)}`);
