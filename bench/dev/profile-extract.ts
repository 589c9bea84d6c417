import { extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

// Dev probe: extract() over ScrapingHub pages in a loop, for `node --cpu-prof`.
const docs = loadScrapinghub().slice(0, 100);
const t = performance.now();
for (const d of docs) extract(d.html, { url: d.url });
console.log(`${((performance.now() - t) / docs.length).toFixed(1)} ms/page`);
