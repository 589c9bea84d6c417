// Dev-only: scores dist/ extract() on both corpora with the referee's metrics, keeps per-page
// results in .bench-out/runs/<name>.json and, given a second name, lists the pages that changed.
// Usage: node bench/dev/runs.mjs <name> [<baseline-name>] [--only sh|ev]
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const [name, base] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const { extract } = await import(pathToFileURL(resolve(process.env.DIST ?? 'dist/index.js')).href);
const tok = (t) => (t || '').match(/[\p{L}\p{N}_]+/gu) || [];
const sh = (t) => { const a = tok(t), m = new Map(); for (let i = 0; i < Math.max(1, a.length - 3); i++) { const s = a.slice(i, i + 4); if (!s.length) continue; const k = s.join('\u0001'); m.set(k, (m.get(k) || 0) + 1); } return m; };
const norm = (t) => t.replace(/\s+/g, ' ').trim();
function decode(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf);
  const m = buf.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  try { return new TextDecoder(m ? m[1].toLowerCase() : 'utf-8').decode(buf); } catch { return new TextDecoder('utf-8').decode(buf); }
}
const out = { sh: {}, ev: {} };
if (only !== 'ev') {
  const dir = '../shared/corpora/scrapinghub/';
  const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
  let P = 0, R = 0, np = 0, nr = 0;
  for (const id of Object.keys(gt).sort()) {
    const html = gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8');
    let pred = ''; try { pred = extract(html, { url: gt[id].url }).text; } catch {}
    const a = sh(gt[id].articleBody), b = sh(pred); let tp = 0, fp = 0, fn = 0;
    for (const k of new Set([...a.keys(), ...b.keys()])) { const t = a.get(k) || 0, p = b.get(k) || 0; tp += Math.min(t, p); fp += Math.max(0, p - t); fn += Math.max(0, t - p); }
    const p = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
    const r = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
    out.sh[id] = { p, r };
    if (tp + fp > 0) { P += p; np++; }
    if (tp + fn > 0) { R += r; nr++; }
  }
  P /= np; R /= nr;
  console.log(`SH P ${P.toFixed(4)} R ${R.toFixed(4)} F1 ${(2 * P * R / (P + R)).toFixed(4)}`);
}
if (only !== 'sh') {
  const dir = '../shared/corpora/evaldata-dev/';
  const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
  const files = new Set(readdirSync(dir + 'html'));
  const cm = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const url of Object.keys(ed).sort()) {
    const f = files.has(ed[url].file) ? ed[url].file : ed[url].file + '.gz';
    const b = readFileSync(dir + 'html/' + f);
    const html = decode(f.endsWith('.gz') ? gunzipSync(b) : b);
    let pred = ''; try { pred = norm(extract(html, { url }).text); } catch {}
    const missed = ed[url].with.filter((w) => !pred.includes(norm(w)));
    const leaked = ed[url].without.filter((w) => pred.includes(norm(w)));
    cm.tp += ed[url].with.length - missed.length; cm.fn += missed.length; cm.fp += leaked.length; cm.tn += ed[url].without.length - leaked.length;
    out.ev[ed[url].file] = { missed, leaked };
  }
  const p = cm.tp / (cm.tp + cm.fp), r = cm.tp / (cm.tp + cm.fn);
  console.log(`EV P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${(2 * cm.tp / (2 * cm.tp + cm.fp + cm.fn)).toFixed(4)} leak ${(cm.fp / (cm.fp + cm.tn)).toFixed(4)}  (fn ${cm.fn} fp ${cm.fp})`);
}
mkdirSync('.bench-out/runs', { recursive: true });
if (name && only && existsSync(`.bench-out/runs/${name}.json`)) {
  const prev = JSON.parse(readFileSync(`.bench-out/runs/${name}.json`, 'utf8'));
  if (only === 'sh') out.ev = prev.ev; else out.sh = prev.sh;
}
if (name) writeFileSync(`.bench-out/runs/${name}.json`, JSON.stringify(out));
if (base && existsSync(`.bench-out/runs/${base}.json`)) {
  const old = JSON.parse(readFileSync(`.bench-out/runs/${base}.json`, 'utf8'));
  for (const id of Object.keys(out.sh)) {
    const a = old.sh[id], b = out.sh[id];
    if (a && (Math.abs(a.p - b.p) > 0.005 || Math.abs(a.r - b.r) > 0.005)) console.log(`sh ${id.slice(0, 10)} P ${a.p.toFixed(2)}->${b.p.toFixed(2)} R ${a.r.toFixed(2)}->${b.r.toFixed(2)}`);
  }
  for (const id of Object.keys(out.ev)) {
    const a = old.ev[id], b = out.ev[id];
    if (!a) continue;
    const gm = a.missed.filter((x) => !b.missed.includes(x)), lm = b.missed.filter((x) => !a.missed.includes(x));
    const gl = a.leaked.filter((x) => !b.leaked.includes(x)), ll = b.leaked.filter((x) => !a.leaked.includes(x));
    if (gm.length || lm.length || gl.length || ll.length) console.log(`ev ${id} recall +${gm.length} -${lm.length} leak -${gl.length} +${ll.length}`, lm.length ? `LOST ${JSON.stringify(lm.map((x) => x.slice(0, 60)))}` : '', ll.length ? `LEAK ${JSON.stringify(ll.map((x) => x.slice(0, 60)))}` : '');
  }
}
