import { clean, extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

// Dev probe: clean() on the article texts of the ScrapingHub pages, for `node --cpu-prof`.
const texts = loadScrapinghub().map((d) => extract(d.html).text);
const t = performance.now();
const R = Number(process.env.R ?? 5);
for (let r = 0; r < R; r++) for (const x of texts) clean(x, { format: 'text' });
const ms = performance.now() - t;
const mb = (texts.reduce((s, x) => s + x.length, 0) * R) / 2 ** 20;
console.log(`${(mb / (ms / 1000)).toFixed(2)} MB/s, ${(ms / (texts.length * R)).toFixed(2)} ms/call`);
