// Dev only: scores text-page extraction on both corpora from cached text dumps (the HTML -> text
// conversion runs once and is cached in bench/dev/out/dumps.json), with the referee's metrics.
// Usage: node bench/dev/out/fast-lines.mjs [--save NAME] [--diff NAME] [--worst N] [--show with|without:RULE-SUFFIX]
//   --save NAME keeps per-document results; --diff NAME lists documents that changed since then.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { htmlToText } from '../html-to-text.js';
import { extract } from '../../src/index.js';

const OUT = 'bench/dev/out';
const ED = '../shared/corpora/evaldata-dev';
const SH = '../shared/corpora/scrapinghub';
const args = process.argv.slice(2);
const arg = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };

function decode(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf);
  const m = buf.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  try { return new TextDecoder(m ? m[1].toLowerCase() : 'utf-8').decode(buf); } catch { return new TextDecoder('utf-8').decode(buf); }
}

interface Doc { corpus: 'ed' | 'sh'; id: string; url: string; dump: string; with?: string[]; without?: string[]; truth?: string }
function load(): Doc[] {
  const cache = join(OUT, 'dumps.json');
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const docs: Doc[] = [];
  const ed = JSON.parse(readFileSync(join(ED, 'evaldata.json'), 'utf8'));
  for (const url of Object.keys(ed).sort()) {
    const file = ed[url].file;
    const p = [join(ED, 'html', file), join(ED, 'html', file + '.gz')].find(existsSync);
    if (!p) continue;
    const b = readFileSync(p);
    docs.push({ corpus: 'ed', id: file, url, dump: htmlToText(decode(p.endsWith('.gz') ? gunzipSync(b) : b)), with: ed[url].with, without: ed[url].without });
  }
  const gt = JSON.parse(readFileSync(join(SH, 'ground-truth.json'), 'utf8'));
  for (const id of Object.keys(gt).sort()) {
    const html = gunzipSync(readFileSync(join(SH, 'html', id + '.html.gz'))).toString('utf8');
    docs.push({ corpus: 'sh', id, url: gt[id].url, dump: htmlToText(html), truth: gt[id].articleBody || '' });
  }
  writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

const tokenize = (t: string) => (t || '').match(/[\p{L}\p{N}_]+/gu) || [];
function shingles(text: string, n = 4) {
  const toks = tokenize(text), m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const s = toks.slice(i, i + n); if (!s.length) continue;
    const k = s.join('\u0001'); m.set(k, (m.get(k) || 0) + 1);
  }
  return m;
}
function tpFpFn(truth: string, pred: string): [number, number, number] {
  const a = shingles(truth), b = shingles(pred); let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(k) || 0, p = b.get(k) || 0;
    tp += Math.min(t, p); fp += Math.max(0, p - t); fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn; return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}
const prec = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0) ? 1 : (tp === 0 && fp === 0) ? 0 : tp / (tp + fp);
const rec = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0) ? 1 : (tp === 0 && fn === 0) ? 0 : tp / (tp + fn);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

const docs = load();
const cm = { tp: 0, fp: 0, fn: 0, tn: 0 };
const ts: [number, number, number][] = [];
const per: Record<string, { missed: string[]; leaked: string[]; p?: number; r?: number }> = {};
const show = arg('--show'); // e.g. with:before-article, without:kept
const tally = new Map<string, number>();
const t0 = performance.now();
for (const d of docs) {
  const res = extract(d.dump, { format: 'text', url: d.url });
  const pred = norm(res.text);
  if (d.corpus === 'ed') {
    if (show) {
      const removed = res.removed.map((x) => ({ t: norm(x.text), id: x.ruleId }));
      const [label, rule] = show.split(':');
      for (const s of (label === 'with' ? d.with! : d.without!)) {
        const n = norm(s);
        const id = pred.includes(n) ? 'kept' : removed.find((x) => x.t.includes(n))?.id ?? '(split/absent)';
        tally.set(`${label}\t${id}`, (tally.get(`${label}\t${id}`) ?? 0) + 1);
        if (id.endsWith(rule)) console.log(`  ${d.id.slice(0, 12)} ${n.slice(0, 110)}`);
      }
    }
    const missed = d.with!.filter((w) => !pred.includes(norm(w)));
    const leaked = d.without!.filter((w) => pred.includes(norm(w)));
    cm.tp += d.with!.length - missed.length; cm.fp += leaked.length; cm.fn += missed.length; cm.tn += d.without!.length - leaked.length;
    per[d.id] = { missed, leaked };
  } else {
    const t = tpFpFn(d.truth!, pred);
    ts.push(t);
    per[d.id] = { missed: [], leaked: [], p: prec(t), r: rec(t) };
  }
}
const ms = performance.now() - t0;
const p = cm.tp / (cm.tp + cm.fp), r = cm.tp / (cm.tp + cm.fn);
const shP = mean(ts.filter(([tp, fp]) => tp + fp > 0).map(prec)), shR = mean(ts.filter(([tp, , fn]) => tp + fn > 0).map(rec));
const f = (x: number) => x.toFixed(4);
console.log(`evaldata    F1 ${f(2 * cm.tp / (2 * cm.tp + cm.fp + cm.fn))} P ${f(p)} R ${f(r)} leak ${f(cm.fp / (cm.fp + cm.tn))}  (tp ${cm.tp} fp ${cm.fp} fn ${cm.fn})`);
console.log(`scrapinghub F1 ${f(2 * shP * shR / (shP + shR))} P ${f(shP)} R ${f(shR)}   extract ${Math.round(ms)} ms`);

for (const [k, v] of [...tally].sort()) console.log(v, k);
const save = arg('--save');
if (save) writeFileSync(join(OUT, `run-${save}.json`), JSON.stringify(per));
const diff = arg('--diff');
if (diff) {
  const old = JSON.parse(readFileSync(join(OUT, `run-${diff}.json`), 'utf8')) as typeof per;
  for (const id of Object.keys(per)) {
    const a = old[id], b = per[id];
    if (!a) continue;
    if (b.p !== undefined) {
      const dp = b.p - a.p!, dr = b.r! - a.r!;
      if (Math.abs(dp) + Math.abs(dr) > 0.02) console.log(`sh ${id.slice(0, 20)}  P ${a.p!.toFixed(2)}->${b.p.toFixed(2)}  R ${a.r!.toFixed(2)}->${b.r!.toFixed(2)}`);
    } else {
      const dm = b.missed.length - a.missed.length, dl = b.leaked.length - a.leaked.length;
      if (dm || dl) {
        console.log(`ed ${id.slice(0, 20)}  missed ${a.missed.length}->${b.missed.length}  leaked ${a.leaked.length}->${b.leaked.length}`);
        for (const s of b.missed.filter((x) => !a.missed.includes(x))) console.log(`   +miss ${norm(s).slice(0, 110)}`);
        for (const s of a.missed.filter((x) => !b.missed.includes(x))) console.log(`   -miss ${norm(s).slice(0, 110)}`);
        for (const s of b.leaked.filter((x) => !a.leaked.includes(x))) console.log(`   +leak ${norm(s).slice(0, 110)}`);
        for (const s of a.leaked.filter((x) => !b.leaked.includes(x))) console.log(`   -leak ${norm(s).slice(0, 110)}`);
      }
    }
  }
}
const worst = arg('--worst');
if (worst) {
  Object.entries(per).filter(([, v]) => v.p === undefined).sort(([, a], [, b]) => (b.missed.length + b.leaked.length) - (a.missed.length + a.leaked.length)).slice(0, +worst)
    .forEach(([id, v]) => console.log(`${id}\n  missed: ${JSON.stringify(v.missed.map((s) => norm(s).slice(0, 100)))}\n  leaked: ${JSON.stringify(v.leaked.map((s) => norm(s).slice(0, 100)))}`));
}
