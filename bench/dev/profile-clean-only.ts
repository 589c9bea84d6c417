import { readFileSync } from 'node:fs';
import { clean } from '../../src/index.js';

// Dev probe: clean() alone on saved article texts (.bench-out/clean-texts.json, written by clean-ab.mjs),
// so that `node --cpu-prof` sees nothing but clean(). R=rounds.
const texts = JSON.parse(readFileSync('.bench-out/clean-texts.json', 'utf8')) as string[];
const R = Number(process.env.R ?? 20);
const t = performance.now();
for (let r = 0; r < R; r++) for (const x of texts) clean(x, { format: 'text' });
const ms = performance.now() - t;
const mb = (texts.reduce((s, x) => s + Buffer.byteLength(x), 0) * R) / 2 ** 20;
console.log(`${(mb / (ms / 1000)).toFixed(2)} MB/s, ${(ms / (texts.length * R)).toFixed(3)} ms/call`);
