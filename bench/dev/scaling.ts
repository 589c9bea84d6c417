import { parseHTML } from 'linkedom';
import { extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

// Dev probe: CPU time per MB of extract() and of a bare parse as one page's body grows.
const pages = loadScrapinghub().map((d) => d.html);
const base = pages.reduce((a, b) => (a.length > b.length ? a : b));
const s = base.search(/<body[^>]*>/i), e = base.search(/<\/body>/i);
const cpu = (f: () => void) => { let best = Infinity; for (let i = 0; i < 3; i++) { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); best = Math.min(best, (d.user + d.system) / 1000); } return best; };
extract(base);
for (const k of [1, 2, 4, 8, 16]) {
  const page = base.slice(0, s) + base.slice(s, e).repeat(k) + '</body></html>';
  const mb = page.length / 2 ** 20;
  const ex = cpu(() => extract(page));
  const pa = cpu(() => parseHTML(page));
  console.log(`${k}x ${mb.toFixed(2)} MB  extract ${(ex / mb).toFixed(0)} ms/MB  parse ${(pa / mb).toFixed(0)} ms/MB`);
}
