import { createHash } from 'node:crypto';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { extract } from '../../src/index.js';
import { loadEvaldata, loadScrapinghub } from '../corpora.js';

// Dev probe: hashes extract()'s text, html, removed records and metadata per page on both corpora, so
// a speed change can be checked to leave every result identical. `node out.mjs save FILE` writes the
// hashes, `node out.mjs check FILE` lists the pages whose result differs from the saved ones.
const [mode, file] = process.argv.slice(2);
const hashes: Record<string, string> = {};
for (const [corpus, docs] of [['sh', loadScrapinghub()], ['ev', loadEvaldata()]] as const) {
  for (const d of docs) {
    const r = extract(d.html, { url: d.url });
    const h = createHash('sha1').update(JSON.stringify([r.text, r.html, r.removed, r.metadata])).digest('hex');
    hashes[`${corpus}/${d.id}`] = h;
  }
}
if (mode === 'save') {
  writeFileSync(file, JSON.stringify(hashes));
  console.log(`saved ${Object.keys(hashes).length} hashes`);
} else {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const diff = Object.keys(saved).filter((k) => saved[k] !== hashes[k]);
  console.log(`${Object.keys(hashes).length} pages, ${diff.length} differ${diff.length ? ': ' + diff.slice(0, 20).join(' ') : ''}`);
  if (!existsSync(file)) process.exit(2);
  process.exit(diff.length ? 1 : 0);
}
