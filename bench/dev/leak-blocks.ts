// Dev only: for every evaldata segment that leaks (annotated boilerplate kept) or is missed, the
// block it sits in, its neighbours and how the article rules judged them. Usage (from the worktree root):
//   npx esbuild bench/dev/leak-blocks.ts --bundle --platform=node --format=esm --outfile=bench/dev/out/leak-blocks.mjs --external:linkedom --external:sanitize-html && node bench/dev/out/leak-blocks.mjs [leak|miss]
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { pageMetadata } from '../../src/page/metadata.js';
import { htmlBlocks } from '../../src/segment/html-blocks.js';
import { languageOf } from '../../src/cleaner/clean-document.js';
import { buildEngine } from "../../src/cleaner/engine.js";
import { judge } from '../../src/cleaner/judge.js';
import { lastArticleParagraph } from '../../src/decide/content-end.js';

const mode = process.argv[2] ?? 'leak';
const root = '../shared/corpora/evaldata-dev';
const ed = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8'));
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
function decode(buf: Buffer) {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  try { return new TextDecoder(m ? m[1].toLowerCase() : 'utf-8').decode(buf); } catch { return new TextDecoder().decode(buf); }
}
const engine = buildEngine("extract", undefined);
for (const url of Object.keys(ed).sort()) {
  const item = ed[url];
  const p = ['html'].map((s) => join(root, s, item.file)).find(existsSync) ?? join(root, 'html', item.file + '.gz');
  const b = readFileSync(p);
  const html = decode(p.endsWith('.gz') ? gunzipSync(b) : b);
  const doc = parseDocument(html);
  const meta = pageMetadata(doc, url);
  const loc = locateArticle(doc, { url, lang: meta.lang });
  const skip = new Set(loc.excluded.map((r) => r.element));
  const blocks = htmlBlocks(loc.root, { skip });
  const lang = languageOf(blocks, meta.lang?.toLowerCase().split(/[-_]/)[0]);
  const j = judge(blocks, engine, lang, new Set());
  const end = lastArticleParagraph(blocks, j.features, j.decisions);
  const kept = blocks.map((bl, i) => (j.decisions[i].remove ? '' : bl.text));
  const out = norm(kept.filter(Boolean).join('\n'));
  const targets: string[] = mode === 'leak' ? item.without.filter((w: string) => out.includes(norm(w))) : item.with.filter((w: string) => !out.includes(norm(w)));
  for (const t of targets) {
    const i = blocks.findIndex((bl) => norm(bl.text).includes(norm(t)) || (norm(t).includes(norm(bl.text)) && bl.text.length > 3));
    console.log(`== ${url.slice(0, 70)} [${lang}] ${JSON.stringify(t.slice(0, 100))}`);
    if (i < 0) { console.log('   (not in blocks: page level)'); continue; }
    for (let k = Math.max(0, i - 2); k <= Math.min(blocks.length - 1, i + 2); k++) {
      const d = j.decisions[k], f = j.features[k], bl = blocks[k];
      console.log(`${k === i ? '>>' : '  '} ${String(k).padStart(3)}/${blocks.length} end=${end} ${d.remove ? 'DEL ' + d.ruleId : d.ruleId ? 'weak ' + d.ruleId + ' ' + d.confidence : 'keep'} w=${f.words} ld=${f.linkDensity.toFixed(2)} se=${f.sentenceEnd ? 1 : 0} ${bl.tag}${bl.heading ? '/H' : ''} hints=${bl.hints.slice(0, 60)} | ${bl.text.slice(0, 120)}`);
    }
  }
}
