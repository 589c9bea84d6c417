/** Dev-only: evidence-matched blocks outside the root, per corpus page (articleBody / recipe evidence). */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle, type LocateTrace } from '../../src/page/locate.js';

const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();
function probe(html: string, url: string, tag: string, isWith?: (t: string) => string): void {
  const doc = parseDocument(html);
  let tr: LocateTrace | undefined;
  const loc = locateArticle(doc, { url }, (t) => { tr = t; });
  const recs = tr!.records;
  const root = recs.findIndex((r) => r.el === loc.root);
  let inC = 0, outC = 0; const outs: string[] = [];
  for (let i = 0; i < recs.length; i++) {
    const o = recs[i].own;
    if (!o || o.evidence === undefined || o.evidence < 0.5 || o.chars < 30) continue;
    if (i >= root && i < recs[root].end) inC += o.chars; else { outC += o.chars; outs.push((isWith ? isWith(norm(recs[i].el.textContent ?? '')) + ' ' : '') + norm(recs[i].el.textContent ?? '').slice(0, 60)); }
  }
  if (outC) console.log(tag, 'in', inC, 'out', outC, '\n   ' + outs.slice(0, 6).join('\n   '));
}
if (process.argv[2] === 'sh') {
  const dir = '../shared/corpora/scrapinghub/';
  const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
  for (const id of Object.keys(gt).sort()) { const t = norm(gt[id].articleBody); probe(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8'), gt[id].url, id.slice(0, 8), (s) => t.includes(s) ? 'T' : 'F'); }
} else {
  const dir = '../shared/corpora/evaldata-dev/';
  const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
  for (const url of Object.keys(ed).sort()) {
    const f = readdirSync(dir + 'html').find((x) => x.startsWith(ed[url].file))!;
    const raw = f.endsWith('.gz') ? gunzipSync(readFileSync(dir + 'html/' + f)) : readFileSync(dir + 'html/' + f);
    const m = raw.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
    let html: string;
    try { html = new TextDecoder(m ? m[1] : 'utf-8').decode(raw); } catch { html = new TextDecoder().decode(raw); }
    probe(html, url, f.slice(0, 8), (s) => ed[url].with.some((w: string) => s.includes(norm(w))) ? 'W' : ed[url].without.some((w: string) => s.includes(norm(w))) ? 'X' : '-');
  }
}
