/**
 * Dev-only: why one page scores as it does. Prints the chosen root's path, the exclusions, and the
 * truth lines missed / output lines not in the truth (ScrapingHub) or missed/leaked segments (evaldata).
 * Usage: node .bench-out/inspect.mjs scrapinghub <id-prefix> | evaldata <file-prefix>
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { classOf } from '../../src/parse/class-attribute.js';
import { locateArticle } from '../../src/page/locate.js';
import { renderText } from './render-text.js';

const [corpus, prefix] = process.argv.slice(2);
const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();

function path(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.localName !== 'html'; e = e.parentElement) {
    const id = e.getAttribute('id');
    const cls = classOf(e);
    parts.unshift(e.localName + (id ? `#${id}` : '') + (cls ? `.${cls.trim().split(/\s+/).slice(0, 3).join('.')}` : ''));
  }
  return parts.join(' > ');
}

function run(html: string, url: string): string {
  const doc = parseDocument(html);
  const t0 = performance.now();
  const loc = locateArticle(doc, { url }, (t) => {
    console.log('lang', t.language, 'chosen', path(t.records[t.chosen].el).slice(-100));
    const order = t.records.map((_, i) => i).filter((i) => t.records[i].prose > 0).sort((a, b) => t.near[b] - t.near[a]).slice(0, 6);
    for (let a = order[0]; a >= 0; a = t.records[a].parent) if (t.regionAt[a]) console.log('  region on path:', t.regionAt[a]!.ruleId, t.regionAt[a]!.reason.slice(0, 60), path(t.records[a].el).slice(-60));
    for (const i of order) console.log(`  cand near=${t.near[i].toFixed(0)} score=${t.score[i].toFixed(0)} prose=${t.records[i].prose} region=${t.regionAt[i]?.ruleId ?? ''}`, path(t.records[i].el).slice(-100));
  });
  console.log(`locate ${(performance.now() - t0).toFixed(1)} ms`);
  console.log('ROOT', path(loc.root));
  for (const x of loc.excluded) console.log('  excl', x.kind, x.ruleId, x.reason.slice(0, 50), path(x.element).slice(-90), '|', norm(x.element.textContent ?? '').slice(0, 70));
  for (const x of loc.outside) console.log('  out ', x.kind, x.ruleId, path(x.element).slice(-80), '|', norm(x.element.textContent ?? '').slice(0, 50));
  return renderText(loc.root, new Set(loc.excluded.map((x) => x.element)));
}

if (corpus === 'scrapinghub') {
  const dir = '../shared/corpora/scrapinghub/';
  const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
  const id = Object.keys(gt).find((k) => k.startsWith(prefix))!;
  const out = run(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8'), gt[id].url);
  const truth = norm(gt[id].articleBody);
  const outN = norm(out);
  console.log('--- output lines not in truth');
  for (const l of out.split('\n')) if (!truth.includes(norm(l))) console.log('  +', l.slice(0, 150));
  console.log('--- truth lines not in output');
  for (const l of gt[id].articleBody.split('\n')) if (norm(l) && !outN.includes(norm(l))) console.log('  -', l.slice(0, 150));
} else {
  const dir = '../shared/corpora/evaldata-dev/';
  const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
  const url = Object.keys(ed).find((k) => ed[k].file.startsWith(prefix))!;
  const file = readdirSync(dir + 'html').find((f) => f.startsWith(ed[url].file))!;
  const buf = readFileSync(dir + 'html/' + file);
  const raw = file.endsWith('.gz') ? gunzipSync(buf) : buf;
  const m = raw.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  let html: string;
  try { html = new TextDecoder(m ? m[1] : 'utf-8').decode(raw); } catch { html = new TextDecoder().decode(raw); }
  console.log(url);
  const out = norm(run(html, url));
  for (const w of ed[url].with) if (!out.includes(norm(w))) console.log('  MISSED', w);
  for (const w of ed[url].without) if (out.includes(norm(w))) console.log('  LEAKED', w);
  if (process.argv[4]) console.log(out.slice(0, 3000));
}

// DUMP=1: the measured records along the root's subtree (first 60), to see block verdicts.
if (process.env.DUMP) {
  const { measurePage } = await import('../../src/page/text-stats.js');
  const { resolveLanguage } = await import('../../src/page/language.js');
  const dir = '../shared/corpora/scrapinghub/';
  const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
  const id = Object.keys(gt).find((k) => k.startsWith(prefix))!;
  const doc = parseDocument(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8'));
  const lang = resolveLanguage(doc.documentElement.getAttribute('lang') ?? undefined, Array.from(doc.querySelectorAll('p')).map((p) => p.textContent).join(' '));
  console.log('lang', lang.lang, lang.unspaced);
  const { records } = measurePage(doc.body, { language: lang });
  const sel = process.env.DUMP;
  for (const r of records) {
    if (!r.el.matches(sel)) continue;
    console.log(path(r.el).slice(-60), 'chars', r.chars, 'link', r.linkChars, 'prose', r.prose, 'value', r.value.toFixed(0), 'own', JSON.stringify(r.own), r.ownValue.toFixed(0));
  }
}
