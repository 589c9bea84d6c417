/** Dev-only: for missed evaldata segments outside the root, where the holding element sits relative to the root. */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { renderText } from './render-text.js';

const dir = '../shared/corpora/evaldata-dev/';
const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
const files = new Map(readdirSync(dir + 'html').map((f) => [f, f]));
const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();
const label = (e: Element): string => e.localName + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class')!.trim().split(/\s+/).slice(0, 2).join('.') : '');
const only = process.argv[2];
for (const url of Object.keys(ed)) {
  const f = files.get(ed[url].file);
  if (!f || (only && !f.startsWith(only))) continue;
  const raw = f.endsWith('.gz') ? gunzipSync(readFileSync(dir + 'html/' + f)) : readFileSync(dir + 'html/' + f);
  const m = raw.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  let html: string;
  try { html = new TextDecoder(m ? m[1] : 'utf-8').decode(raw); } catch { html = new TextDecoder().decode(raw); }
  const doc = parseDocument(html);
  const loc = locateArticle(doc, { url });
  const out = norm(renderText(loc.root, new Set(loc.excluded.map((x) => x.element))));
  const rootAll = norm(renderText(loc.root, new Set()));
  const lines: string[] = [];
  for (const w of ed[url].with) {
    const n = norm(w);
    if (out.includes(n) || rootAll.includes(n)) continue;
    // deepest element holding the segment
    let holder: Element | undefined;
    for (const e of Array.from(doc.querySelectorAll("*"))) if (norm(e.textContent ?? '').includes(n)) holder = e;
    if (!holder) { lines.push(`  nowhere ${n.slice(0, 50)}`); continue; }
    const anc = new Set<Element>();
    for (let a: Element | null = loc.root; a; a = a.parentElement) anc.add(a);
    let lca: Element | null = holder; let up = 0;
    while (lca && !anc.has(lca)) { lca = lca.parentElement; up++; }
    let down = 0; for (let a: Element | null = loc.root; a && a !== lca; a = a.parentElement) down++;
    const o = loc.outside.find((e) => e.element.contains(holder!));
    lines.push(`  up${up} down${down} lca=${lca ? label(lca) : '-'} holder=${label(holder)} out=${o ? o.ruleId + ':' + label(o.element) : '-'} | ${n.slice(0, 50)}`);
  }
  if (lines.length) console.log(f.slice(0, 8), 'root=' + label(loc.root), 'rootlen', rootAll.length, '\n' + lines.join('\n'));
}
