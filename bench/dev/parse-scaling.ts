import { parseHTML } from 'linkedom';
import { extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

// Dev probe: is the growth of ms/MB in bench:speed's scaling run (the biggest page's body repeated)
// non-linear cost, or the mix of a cheap head and a dearer body? For head + body×k and for the body
// alone repeated k times, CPU ms per MB of a bare linkedom parse and of extract(), and the marginal
// cost of the added copies. Least disturbed of 5 runs. Run with `node --single-threaded`.
const pages = loadScrapinghub().map((d) => d.html);
const base = pages.reduce((a, b) => (a.length > b.length ? a : b));
const s = base.search(/<body[^>]*>/i), e = base.search(/<\/body>/i);
const head = base.slice(0, s), body = base.slice(s, e);
console.log(`page ${(base.length / 2 ** 20).toFixed(2)} MB: before <body> ${(s / 2 ** 20).toFixed(2)} MB, body ${((e - s) / 2 ** 20).toFixed(2)} MB`);
const cpu = (f: () => void) => { let best = Infinity; for (let i = 0; i < 5; i++) { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); best = Math.min(best, (d.user + d.system) / 1000); } return best; };
for (const [label, prefix] of [['head + body×k', head], ['body×k alone', '<!doctype html><html><head></head>']] as const) {
  console.log(label);
  let prev: { mb: number; ld: number; ex: number } | undefined;
  for (const k of [1, 2, 4, 8, 16]) {
    const page = prefix + body.repeat(k) + '</body></html>';
    const mb = page.length / 2 ** 20;
    const ld = cpu(() => parseHTML(page));
    const ex = cpu(() => extract(page));
    const marg = prev ? `  added copies: parse ${((ld - prev.ld) / (mb - prev.mb)).toFixed(0)} extract ${((ex - prev.ex) / (mb - prev.mb)).toFixed(0)} ms/MB` : '';
    console.log(`  ${String(k).padStart(2)}× ${mb.toFixed(2)} MB  parse ${(ld / mb).toFixed(0)} ms/MB  extract ${(ex / mb).toFixed(0)} ms/MB${marg}`);
    prev = { mb, ld, ex };
  }
}
