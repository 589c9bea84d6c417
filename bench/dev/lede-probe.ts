/** Dev-only: for a structural lede test, what it would add on each corpus and whether the truth has it. */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle, type LocateTrace } from '../../src/page/locate.js';
import type { ElementRecord } from '../../src/page/text-stats.js';
import type { Region } from '../../src/page/boilerplate-regions.js';

const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();
const label = (e: Element): string => e.localName + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class')!.trim().split(/\s+/).slice(0, 2).join('.') : '');
const MAX_GAP = +(process.env.GAP ?? 400);

function candidate(records: ElementRecord[], regionAt: (Region | undefined)[], root: number): number | undefined {
  let gap = 0;
  for (let j = root - 1; j > 0; j--) {
    const r = records[j];
    if (r.end > root) continue;
    const before = gap - (r.chars - (r.own?.chars ?? 0));
    if (before <= MAX_GAP && r.own && r.own.chars === r.chars && ok(records, regionAt, j)) return j;
    if (/^h[1-6]$/.test(r.tag) && r.chars > 0) return undefined; // headline: above it is not the lede
    if (r.own) gap += r.own.chars;
    if (gap > MAX_GAP) return undefined;
  }
  return undefined;
}
function ok(records: ElementRecord[], regionAt: (Region | undefined)[], j: number): boolean {
  const r = records[j];
  const o = r.own!;
  if (o.chars < 40 || o.chars > 1200 || r.h1 > 0) return false;
  if (o.linkChars > o.chars * 0.2) return false;
  if (o.words > 0 && o.stopwords / o.words < 0.2) return false;
  if (/^h[1-6]$/.test(r.tag) && !process.env.HEADS) return false;
  if (r.tag === 'figcaption' || r.tag === 'li' || r.tag === 'td' || r.tag === 'a') return false;
  for (let a = r.parent; a > 0; a = records[a].parent) {
    const region = regionAt[a];
    if ((region && region.kind !== 'header') || records[a].tag === 'figure' || records[a].tag === 'figcaption') return false;
  }
  return true;
}

function analyse(html: string, url: string): { text: string; el: Element; root: Element } | undefined {
  const doc = parseDocument(html);
  let tr: LocateTrace | undefined;
  const loc = locateArticle(doc, { url }, (t) => { tr = t; });
  const root = tr!.records.findIndex((r) => r.el === loc.root);
  const j = candidate(tr!.records, tr!.regionAt, root);
  if (j === undefined) return undefined;
  return { text: norm(tr!.records[j].el.textContent ?? ''), el: tr!.records[j].el, root: loc.root };
}
const which = process.argv[2];
const tally: Record<string, number> = {};
const bump = (k: string): void => { tally[k] = (tally[k] ?? 0) + 1; };
if (which === 'sh') {
  const dir = '../shared/corpora/scrapinghub/';
  const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
  for (const id of Object.keys(gt).sort()) {
    const a = analyse(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8'), gt[id].url);
    if (!a) continue;
    const truth = norm(gt[id].articleBody);
    const k = truth.includes(a.text) ? 'in-truth' : truth.includes(a.text.slice(0, 40)) ? 'partly' : 'NOT';
    bump(k);
    console.log(k, id.slice(0, 8), label(a.el), '|', a.text.slice(0, 90));
  }
} else {
  const dir = '../shared/corpora/evaldata-dev/';
  const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
  for (const url of Object.keys(ed).sort()) {
    const f = readdirSync(dir + 'html').find((x) => x.startsWith(ed[url].file))!;
    const raw = f.endsWith('.gz') ? gunzipSync(readFileSync(dir + 'html/' + f)) : readFileSync(dir + 'html/' + f);
    const m = raw.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
    let html: string;
    try { html = new TextDecoder(m ? m[1] : 'utf-8').decode(raw); } catch { html = new TextDecoder().decode(raw); }
    const a = analyse(html, url);
    if (!a) continue;
    const w = ed[url].with.some((s: string) => a.text.includes(norm(s)));
    const wo = ed[url].without.some((s: string) => a.text.includes(norm(s)));
    const k = w && wo ? 'both' : w ? 'with' : wo ? 'WITHOUT' : 'unannotated';
    bump(k);
    console.log(k, f.slice(0, 8), label(a.el), '|', a.text.slice(0, 90));
  }
}
console.log(tally);
