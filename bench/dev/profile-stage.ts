/**
 * Dev probe for `node --cpu-prof`: each ScrapingHub page parsed once, then one stage of extract()
 * run `reps` times on it, so the profile is mostly that stage. Stages: locate, metadata, blocks
 * (htmlBlocks + judge), sanitise. node bench/dev/out/profile-stage.mjs STAGE [reps]
 */
import { loadScrapinghub } from '../corpora.js';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { pageMetadata } from '../../src/page/metadata.js';
import { jsonLdObjects } from '../../src/page/json-ld.js';
import { htmlBlocks } from '../../src/segment/html-blocks.js';
import { judgeAndRemember, languageOf } from '../../src/cleaner/clean-document.js';
import { buildEngine } from '../../src/cleaner/engine.js';
import { sanitise } from '../../src/output/sanitise.js';

const [stage = 'locate', repsArg = '10'] = process.argv.slice(2);
const reps = Number(repsArg);
const engine = buildEngine('x', undefined);
const settings = { engine, keep: new Set<never>() } as Parameters<typeof judgeAndRemember>[2];
let cpu = 0;
for (const d of loadScrapinghub()) {
  const document = parseDocument(d.html);
  const jsonLd = jsonLdObjects(document);
  const meta = pageMetadata(document, d.url, jsonLd);
  const located = locateArticle(document, { url: d.url, lang: meta.lang, jsonLd });
  const skip = new Set(located.excluded.map((r) => r.element));
  const html = located.root.innerHTML;
  const t = process.cpuUsage();
  for (let r = 0; r < reps; r++) {
    if (stage === 'locate') locateArticle(document, { url: d.url, lang: meta.lang, jsonLd });
    else if (stage === 'metadata') pageMetadata(document, d.url, jsonLdObjects(document));
    else if (stage === 'blocks') {
      const blocks = htmlBlocks(located.root, { skip, onSkip: () => {} });
      judgeAndRemember(blocks, languageOf(blocks, meta.lang?.slice(0, 2)), settings, { pageContainer: true });
    } else if (stage === 'sanitise') sanitise(html, d.url);
  }
  const u = process.cpuUsage(t);
  cpu += (u.user + u.system) / 1000 / reps;
}
console.log(`${stage}: ${(cpu / 181).toFixed(2)} ms/page`);
