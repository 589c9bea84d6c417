import { extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

// Dev probe: one big page (the largest body repeated 16 times), for `node --cpu-prof`.
const pages = loadScrapinghub().map((d) => d.html);
const base = pages.reduce((a, b) => (a.length > b.length ? a : b));
const s = base.search(/<body[^>]*>/i), e = base.search(/<\/body>/i);
const page = base.slice(0, s) + base.slice(s, e).repeat(16) + '</body></html>';
const t = performance.now();
extract(page);
console.log(`${(performance.now() - t).toFixed(0)} ms for ${(page.length / 2 ** 20).toFixed(1)} MB`);
