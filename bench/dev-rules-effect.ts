import { createCleaner } from '../src/index.js';
import { BUILTIN_RULES } from '../src/rules/registry.js';
import { loadAll, scoreEvaldata, scoreScrapinghub, formatTable } from './run-quality.js';

// Dev probe: what the article-level rules add or cost on top of page location.
const docs = loadAll();
const none = createCleaner({ rules: { disable: BUILTIN_RULES.map((r) => r.id) } });
const all = createCleaner();
const rows = [];
for (const [name, c] of [['no article rules', none], ['all rules', all]] as const) {
  const f = (html: string, url: string) => c.extract(html, { url }).text;
  rows.push(scoreScrapinghub(name, f, docs.scrapinghub), scoreEvaldata(name, f, docs.evaldata));
}
console.log(formatTable(rows));
