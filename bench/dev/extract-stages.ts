/**
 * Dev probe: CPU time of each stage of extract() on the ScrapingHub pages, beside a bare linkedom
 * parse of the same pages. Each page runs `rounds` times (default 5); a stage's cost on a page is its
 * least disturbed (minimum) run, since other processes only add time. The stages mirror
 * cleaner/extract-page.ts; keep them in step with it. Run with `node --single-threaded`.
 * node bench/dev/out/extract-stages.mjs [rounds]
 */
import { parseHTML } from 'linkedom';
import { loadScrapinghub } from '../corpora.js';
import { extract } from '../../src/index.js';
import { capNesting, MAX_NESTING } from '../../src/parse/cap-depth.js';
import { isReadAttributeAt } from '../../src/parse/read-attributes.js';
import { locateArticle, type PageRemoval } from '../../src/page/locate.js';
import { pageMetadata } from '../../src/page/metadata.js';
import { jsonLdObjects } from '../../src/page/json-ld.js';
import { htmlBlocks } from '../../src/segment/html-blocks.js';
import { elementText } from '../../src/segment/element-text.js';
import { applyRemovals } from '../../src/output/apply-removals.js';
import { sanitise } from '../../src/output/sanitise.js';
import { blocksToText } from '../../src/output/text.js';
import { judgeAndRemember, languageOf } from '../../src/cleaner/clean-document.js';
import { buildEngine } from '../../src/cleaner/engine.js';

const rounds = Number(process.argv[2] ?? 5);
const docs = loadScrapinghub();
const engine = buildEngine('x', undefined);
const settings = { engine, keep: new Set<never>() } as Parameters<typeof judgeAndRemember>[2];
const cpuNow = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const STAGES = ['bare parse', 'extract()', 'capNesting', 'linkedom(reduced)', 'jsonLd+meta', 'locate', 'htmlBlocks', 'lang+judge', 'records', 'text+apply', 'sanitise'] as const;
const total = new Map<string, number>(STAGES.map((s) => [s, 0]));
function stagesOnce(html: string, url: string, t: Map<string, number>): void {
  let c = cpuNow();
  const lap = (name: string): void => { const n = cpuNow(); t.set(name, Math.min(t.get(name) ?? Infinity, n - c)); c = n; };
  parseHTML(html); lap('bare parse');
  extract(html, { url }); lap('extract()');
  const reduced = capNesting(html, MAX_NESTING, isReadAttributeAt, true); lap('capNesting');
  const document = parseHTML(reduced).document as unknown as Document; lap('linkedom(reduced)');
  const jsonLd = jsonLdObjects(document);
  const meta = pageMetadata(document, url, jsonLd); lap('jsonLd+meta');
  const located = locateArticle(document, { url, lang: meta.lang, jsonLd }); lap('locate');
  const skip = new Map<Element, PageRemoval>();
  for (const r of located.excluded) skip.set(r.element, r);
  const blocks = htmlBlocks(located.root, { skip: new Set(skip.keys()), onSkip: () => {} }); lap('htmlBlocks');
  const lang = languageOf(blocks, meta.lang?.slice(0, 2));
  const j = judgeAndRemember(blocks, lang, settings, { pageContainer: true }); lap('lang+judge');
  for (const r of [...located.excluded, ...located.outside]) elementText(r.element); lap('records');
  const removed = j.decisions.map((d) => d.remove);
  blocksToText(blocks, removed);
  applyRemovals(located.root, blocks, removed);
  for (const el of skip.keys()) el.parentNode?.removeChild(el); lap('text+apply');
  sanitise(located.root.innerHTML, url); lap('sanitise');
}
for (const d of docs.slice(0, 20)) stagesOnce(d.html, d.url, new Map());
for (const d of docs) {
  const t = new Map<string, number>();
  for (let r = 0; r < rounds; r++) stagesOnce(d.html, d.url, t);
  for (const [k, v] of t) total.set(k, total.get(k)! + v);
}
const n = docs.length;
const bare = total.get('bare parse')!, ex = total.get('extract()')!;
for (const s of STAGES) console.log(s.padEnd(18), (total.get(s)! / n).toFixed(2).padStart(7), 'ms/page');
console.log(`extract/bare ${(ex / bare).toFixed(3)}; extract beyond bare parse ${((ex - bare) / n).toFixed(2)} ms/page`);
