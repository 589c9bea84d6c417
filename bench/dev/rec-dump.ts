/** Dev-only: measured records of an evaldata page's elements matching a selector, with their children. Usage: rec-dump <file-prefix> <selector> */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle, type LocateTrace } from '../../src/page/locate.js';

const [prefix, sel] = process.argv.slice(2);
const dir = '../shared/corpora/evaldata-dev/';
const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
const url = Object.keys(ed).find((k) => ed[k].file.startsWith(prefix))!;
const f = readdirSync(dir + 'html').find((x) => x.startsWith(ed[url].file))!;
const raw = f.endsWith('.gz') ? gunzipSync(readFileSync(dir + 'html/' + f)) : readFileSync(dir + 'html/' + f);
const m = raw.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
let html: string;
try { html = new TextDecoder(m ? m[1] : 'utf-8').decode(raw); } catch { html = new TextDecoder().decode(raw); }
const doc = parseDocument(html);
let tr: LocateTrace | undefined;
locateArticle(doc, { url }, (t) => { tr = t; });
const { records, score, near, regionAt } = tr!;
const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();
const label = (e: Element): string => e.localName + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class')!.trim().split(/\s+/).slice(0, 3).join('.') : '');
const line = (i: number, ind: string): string => {
  const r = records[i];
  return `${ind}[${i}] ${label(r.el)} chars=${r.chars} link=${r.linkChars} prose=${r.prose}/${r.proseChars} value=${r.value.toFixed(0)} own=${r.ownValue.toFixed(0)} score=${score[i].toFixed(0)} near=${near[i].toFixed(0)} region=${regionAt[i]?.ruleId ?? ''} own=${JSON.stringify(r.own)} | ${norm(r.el.textContent ?? '').slice(0, 60)}`;
};
for (let i = 0; i < records.length; i++) {
  if (!records[i].el.matches(sel)) continue;
  console.log(line(i, ''));
  for (let k = i + 1; k < records[i].end; k = records[k].end) console.log(line(k, '   '));
}
