/** Dev-only: which tag the chosen root has on each corpus page (a lone paragraph as root is a fragment). */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';

const tally: Record<string, number> = {};
const show = (tag: string, name: string): void => { tally[tag] = (tally[tag] ?? 0) + 1; if (['p', 'ul', 'ol', 'li', 'blockquote', 'span', 'td', 'h2', 'h1', 'tbody', 'table'].includes(tag)) console.log(tag, name); };
if (process.argv[2] === 'sh') {
  const dir = '../shared/corpora/scrapinghub/';
  const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
  for (const id of Object.keys(gt).sort()) show(locateArticle(parseDocument(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8')), { url: gt[id].url }).root.localName, id.slice(0, 8));
} else {
  const dir = '../shared/corpora/evaldata-dev/';
  const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
  for (const url of Object.keys(ed).sort()) {
    const f = readdirSync(dir + 'html').find((x) => x.startsWith(ed[url].file))!;
    const raw = f.endsWith('.gz') ? gunzipSync(readFileSync(dir + 'html/' + f)) : readFileSync(dir + 'html/' + f);
    const m = raw.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
    let html: string;
    try { html = new TextDecoder(m ? m[1] : 'utf-8').decode(raw); } catch { html = new TextDecoder().decode(raw); }
    show(locateArticle(parseDocument(html), { url }).root.localName, f.slice(0, 8));
  }
}
console.log(tally);
