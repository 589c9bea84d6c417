// Dev-only: ScrapingHub pages sorted by false-positive share, to find what leaks most.
// Usage: node bench/dev/fp-list.mjs .bench-out/locate-adapter.mjs [N]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
const mod = await import(resolve(process.argv[2]));
const dir = '../shared/corpora/scrapinghub/';
const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
const tok = (t) => (t || '').match(/[\p{L}\p{N}_]+/gu) || [];
const sh = (t) => { const a = tok(t), m = new Map(); for (let i = 0; i + 4 <= a.length; i++) { const k = a.slice(i, i + 4).join(' '); m.set(k, (m.get(k) || 0) + 1); } return m; };
const rows = [];
for (const id of Object.keys(gt)) {
  const out = await mod.default(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8'), gt[id].url);
  const a = sh(gt[id].articleBody), b = sh(out); let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) { const t = a.get(k) || 0, p = b.get(k) || 0; tp += Math.min(t, p); fp += Math.max(0, p - t); fn += Math.max(0, t - p); }
  rows.push({ id: id.slice(0, 8), p: tp / (tp + fp || 1), r: tp / (tp + fn || 1), fp });
}
rows.sort((x, y) => x.p - y.p);
for (const r of rows.slice(0, +(process.argv[3] || 30))) console.log(r.id, 'P', r.p.toFixed(2), 'R', r.r.toFixed(2), 'fp', r.fp);
