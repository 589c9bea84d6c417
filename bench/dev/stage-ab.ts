/**
 * Dev probe: A/B CPU time of each stage of extract() for two builds of the sources, on the ScrapingHub
 * pages, interleaved per page, minimum of `rounds`. Bundle this file twice (esbuild, from two states of
 * src/), then: node bench/dev/out/stage-a.mjs --other bench/dev/out/stage-b.mjs [rounds]
 * The stages mirror cleaner/extract-page.ts; keep them in step with it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadScrapinghub } from '../corpora.js';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { pageMetadata } from '../../src/page/metadata.js';
import { jsonLdObjects } from '../../src/page/json-ld.js';
import { htmlBlocks } from '../../src/segment/html-blocks.js';
import { elementText } from '../../src/segment/element-text.js';
import { applyRemovals } from '../../src/output/apply-removals.js';
import { sanitise } from '../../src/output/sanitise.js';
import { blocksToText } from '../../src/output/text.js';
import { judgeAndRemember, languageOf } from '../../src/cleaner/clean-document.js';
import { buildEngine } from '../../src/cleaner/engine.js';

const STAGES = ['parse', 'metadata', 'locate', 'blocks', 'judge', 'records', 'output', 'sanitise'] as const;
type Times = Record<(typeof STAGES)[number], number>;

/** One extract() of the page, each stage's CPU time written into `t` as the minimum so far. */
export function stages(html: string, url: string, t: Partial<Times>): void {
  const engine = buildEngine('x', undefined);
  const settings = { engine, keep: new Set<never>() } as Parameters<typeof judgeAndRemember>[2];
  let c = process.cpuUsage();
  const lap = (name: keyof Times): void => { const d = process.cpuUsage(c); t[name] = Math.min(t[name] ?? Infinity, (d.user + d.system) / 1000); c = process.cpuUsage(); };
  const document = parseDocument(html); lap('parse');
  const jsonLd = jsonLdObjects(document);
  const meta = pageMetadata(document, url, jsonLd); lap('metadata');
  const located = locateArticle(document, { url, lang: meta.lang, jsonLd }); lap('locate');
  const skip = new Set(located.excluded.map((r) => r.element));
  const blocks = htmlBlocks(located.root, { skip, onSkip: () => {} }); lap('blocks');
  const j = judgeAndRemember(blocks, languageOf(blocks, meta.lang?.slice(0, 2)), settings, { pageContainer: true }); lap('judge');
  for (const r of [...located.excluded, ...located.outside]) elementText(r.element); lap('records');
  const removed = j.decisions.map((d) => d.remove);
  blocksToText(blocks, removed);
  applyRemovals(located.root, blocks, removed);
  for (const el of skip) el.parentNode?.removeChild(el); lap('output');
  sanitise(located.root.innerHTML, url); lap('sanitise');
}

if (process.argv[2] === '--other' && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const other = (await import(resolve(process.argv[3]))) as { stages: typeof stages };
  const rounds = Number(process.argv[4] ?? 5);
  const docs = loadScrapinghub();
  const sum = [{} as Times, {} as Times];
  for (const s of STAGES) sum[0][s] = sum[1][s] = 0;
  for (const d of docs) {
    const t: Partial<Times>[] = [{}, {}];
    for (let r = 0; r < rounds; r++) for (const i of r % 2 ? [1, 0] : [0, 1]) (i ? other.stages : stages)(d.html, d.url, t[i]);
    for (const i of [0, 1]) for (const s of STAGES) sum[i][s] += t[i][s]!;
  }
  const n = docs.length;
  let ta = 0, tb = 0;
  for (const s of STAGES) {
    ta += sum[0][s]; tb += sum[1][s];
    console.log(`${s.padEnd(9)} A ${(sum[0][s] / n).toFixed(3).padStart(7)}  B ${(sum[1][s] / n).toFixed(3).padStart(7)} ms/page  B-A ${((sum[1][s] - sum[0][s]) / n).toFixed(3)}`);
  }
  console.log(`${'sum'.padEnd(9)} A ${(ta / n).toFixed(3).padStart(7)}  B ${(tb / n).toFixed(3).padStart(7)} ms/page  B/A ${(tb / ta).toFixed(3)}`);
}
