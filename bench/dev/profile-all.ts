import { extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

// Dev probe: extract() over all ScrapingHub pages, a few rounds, for `node --cpu-prof`.
const docs = loadScrapinghub();
const rounds = Number(process.argv[2] ?? 3);
for (let r = 0; r < rounds; r++) for (const d of docs) extract(d.html, { url: d.url });
