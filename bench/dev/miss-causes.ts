/**
 * Dev-only: for every evaldata `with` segment the locator misses, where does it live?
 * excluded (inside the root, by which rule) / outside (which kind) / nowhere visible.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { renderText } from './render-text.js';

const dir = '../shared/corpora/evaldata-dev/';
const ed = JSON.parse(readFileSync(dir + 'evaldata.json', 'utf8'));
const files = new Map(readdirSync(dir + 'html').map((f) => [f, f]));
const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();
const counts = new Map<string, number>();
const bump = (k: string): void => { counts.set(k, (counts.get(k) ?? 0) + 1); };
const examples = new Map<string, string[]>();
for (const url of Object.keys(ed)) {
  const f = files.get(ed[url].file);
  if (!f) continue;
  const raw = f.endsWith('.gz') ? gunzipSync(readFileSync(dir + 'html/' + f)) : readFileSync(dir + 'html/' + f);
  const m = raw.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  let html: string;
  try { html = new TextDecoder(m ? m[1] : 'utf-8').decode(raw); } catch { html = new TextDecoder().decode(raw); }
  const doc = parseDocument(html);
  const loc = locateArticle(doc, { url });
  const out = norm(renderText(loc.root, new Set(loc.excluded.map((x) => x.element))));
  const rootAll = norm(renderText(loc.root, new Set()));
  for (const w of ed[url].with) {
    const n = norm(w);
    if (out.includes(n)) continue;
    let cause = 'nowhere';
    if (rootAll.includes(n)) {
      const x = loc.excluded.find((e) => norm(renderText(e.element, new Set())).includes(n));
      cause = `excluded:${x?.ruleId ?? '?'}`;
    } else {
      const o = loc.outside.find((e) => norm(renderText(e.element, new Set())).includes(n));
      if (o) cause = `outside:${o.ruleId}`;
    }
    bump(cause);
    const ex = examples.get(cause) ?? [];
    if (ex.length < (process.env.ALL ? 500 : 8)) ex.push(`${ed[url].file.slice(0, 8)} ${n.slice(0, 60)}`);
    examples.set(cause, ex);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(v, k);
  for (const e of examples.get(k) ?? []) console.log('    ', e);
}
