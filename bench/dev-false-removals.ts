import { extract } from '../src/index.js';
import { ARTICLE_KINDS } from '../src/types.js';
import { loadAll } from './run-quality.js';

// Dev probe: article-level removals whose text the annotators counted as article content.
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
const docs = loadAll();
const byRule = new Map<string, { n: number; examples: string[] }>();
const good = new Map<string, number>();
const note = (rule: string, text: string, bad: boolean) => {
  if (!bad) { good.set(rule, (good.get(rule) ?? 0) + 1); return; }
  const e = byRule.get(rule) ?? { n: 0, examples: [] };
  e.n++;
  if (e.examples.length < 6) e.examples.push(text.slice(0, 120));
  byRule.set(rule, e);
};
const article = new Set<string>(ARTICLE_KINDS);
for (const d of docs.scrapinghub) {
  const truth = squash(d.truth);
  for (const r of extract(d.html, { url: d.url }).removed) if (article.has(r.kind)) note(r.ruleId, r.text, squash(r.text).length > 0 && truth.includes(squash(r.text)));
}
for (const d of docs.evaldata) {
  const want = d.with.map(squash);
  for (const r of extract(d.html, { url: d.url }).removed) {
    if (!article.has(r.kind)) continue;
    const t = squash(r.text);
    note(r.ruleId, r.text, want.some((w) => w.includes(t) || t.includes(w)));
  }
}
for (const [rule, e] of [...byRule].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${rule}: ${e.n} wrong, ${good.get(rule) ?? 0} other`);
  for (const x of e.examples) console.log('   ', JSON.stringify(x));
}
