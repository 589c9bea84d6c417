// Dev probe: A/B CPU time of clean() on text for two library bundles (bench/dev/ab-lib.ts built
// twice), on the article texts frozen by clean-probe.ts. Passes over all texts alternate A B, B A,
// …; each side's figure is its least disturbed (minimum) pass, since other processes only ever add
// time. Run with `node --single-threaded` so garbage collection is counted on the calling thread.
// node bench/dev/clean-ab.mjs A.mjs B.mjs [rounds]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const [a, b, rounds = '15'] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(resolve('.bench-out/clean-texts.json'), 'utf8'));
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 2 ** 20;
const libs = [await import(resolve(a)), await import(resolve(b))];
const pass = (lib) => { const t = process.cpuUsage(); for (const x of texts) lib.clean(x, { format: 'text' }); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
for (const lib of libs) pass(lib); // warm up
const best = [Infinity, Infinity];
for (let r = 0; r < Number(rounds); r++) for (const i of r % 2 ? [1, 0] : [0, 1]) best[i] = Math.min(best[i], pass(libs[i]));
const line = (name, ms) => `${name} ${ms.toFixed(1)} ms/pass  ${(ms / texts.length).toFixed(3)} ms/call  ${(mb / (ms / 1000)).toFixed(2)} MB/s`;
console.log(`${line('A', best[0])}\n${line('B', best[1])}\nB/A ${(best[1] / best[0]).toFixed(3)}`);
