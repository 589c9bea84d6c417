import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

// Dev probe: how a bare parse and extract() scale as one page's body is repeated. Prints CPU ms/MB for
// htmlparser2 alone (no-op handlers), linkedom and extract(), the marginal ms per MB of each added
// copy of the body (flat when the cost is linear), and the open-element depth htmlparser2 reaches.
const pages = loadScrapinghub().map((d) => d.html);
const base = pages.reduce((a, b) => (a.length > b.length ? a : b));
const s = base.search(/<body[^>]*>/i), e = base.search(/<\/body>/i);
console.log(`page ${(base.length / 2 ** 20).toFixed(2)} MB: before <body> ${(s / 2 ** 20).toFixed(2)} MB, body ${((e - s) / 2 ** 20).toFixed(2)} MB`);
const cpu = (f: () => void) => { let best = Infinity; for (let i = 0; i < 3; i++) { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); best = Math.min(best, (d.user + d.system) / 1000); } return best; };
function maxDepth(html: string): number {
  let depth = 0, max = 0;
  const p = new Parser({ onopentag() { depth++; if (depth > max) max = depth; }, onclosetag() { depth--; } }, { decodeEntities: true });
  p.write(html); p.end();
  return max;
}
let prev: { mb: number; hp: number; ld: number; ex: number } | undefined;
for (const k of [1, 2, 4, 8, 16]) {
  const page = base.slice(0, s) + base.slice(s, e).repeat(k) + '</body></html>';
  const mb = page.length / 2 ** 20;
  const hp = cpu(() => { const p = new Parser({ onopentag() {}, ontext() {}, onclosetag() {} }, { decodeEntities: true }); p.write(page); p.end(); });
  const ld = cpu(() => parseHTML(page));
  const ex = cpu(() => extract(page));
  const marg = prev ? `  marginal: hp ${((hp - prev.hp) / (mb - prev.mb)).toFixed(0)} ld ${((ld - prev.ld) / (mb - prev.mb)).toFixed(0)} ex ${((ex - prev.ex) / (mb - prev.mb)).toFixed(0)}` : '';
  console.log(`${k}x ${mb.toFixed(2)} MB  ms/MB: htmlparser2 ${(hp / mb).toFixed(0)} linkedom ${(ld / mb).toFixed(0)} extract ${(ex / mb).toFixed(0)}${marg}  depth ${maxDepth(page)}`);
  prev = { mb, hp, ld, ex };
}
