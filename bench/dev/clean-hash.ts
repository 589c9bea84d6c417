import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clean, detect, extract } from '../../src/index.js';
import { ALL_KIND_FIXTURES } from '../../tests/fixtures/kinds/index.js';
import { loadEvaldata, loadScrapinghub } from '../corpora.js';
import { htmlToText } from '../html-to-text.js';

/**
 * Dev probe for clean() speed work: one digest per input of clean()'s and detect()'s results on
 * text, so a speed change can be checked to leave every output identical. Inputs are frozen on the
 * first run (an extract() change elsewhere must not move them): the article texts the speed bench
 * cleans (extract() of each ScrapingHub page, and of each evaldata page), whole-page text dumps of
 * both corpora (full of boilerplate, so every rule and phrase fires), the text fixtures and the kind
 * fixtures. Usage: node clean-hash.mjs save|check FILE
 */
const [mode, file] = process.argv.slice(2);
const frozen = join(process.cwd(), '.bench-out', 'clean-hash-inputs.json');
if (!existsSync(frozen)) {
  mkdirSync(dirname(frozen), { recursive: true });
  const inputs: Record<string, string> = {};
  for (const [corpus, docs] of [['sh', loadScrapinghub()], ['ev', loadEvaldata()]] as const) {
    for (const d of docs) {
      inputs[`${corpus}/article/${d.id}`] = extract(d.html).text;
      inputs[`${corpus}/page/${d.id}`] = htmlToText(d.html);
    }
  }
  const fixtures = join(process.cwd(), 'tests', 'fixtures');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) inputs[`fixture/${p.slice(fixtures.length + 1)}`] = readFileSync(p, 'utf8');
    }
  };
  walk(fixtures);
  for (const f of ALL_KIND_FIXTURES) inputs[`kind/${f.lang}/${f.kind}/${f.name}`] = f.text;
  const seed = join(process.cwd(), '..', 'shared', 'examples', 'seed-article.txt');
  if (existsSync(seed)) inputs.seed = readFileSync(seed, 'utf8');
  writeFileSync(frozen, JSON.stringify(inputs));
}
const inputs: Record<string, string> = JSON.parse(readFileSync(frozen, 'utf8'));
const hashes: Record<string, string> = {};
for (const [key, text] of Object.entries(inputs)) {
  const r = clean(text, { format: 'text' });
  const findings = detect(text, { format: 'text' });
  hashes[key] = createHash('sha1').update(JSON.stringify([r.text, r.html, r.removed, r.metadata, findings])).digest('hex');
}
const n = Object.keys(hashes).length;
if (mode === 'save') {
  writeFileSync(file, JSON.stringify(hashes));
  console.log(`saved ${n} hashes`);
} else {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const diff = Object.keys(saved).filter((k) => saved[k] !== hashes[k]);
  console.log(`${n} inputs, ${diff.length} differ${diff.length ? ': ' + diff.slice(0, 20).join(' ') : ''}`);
  process.exit(diff.length ? 1 : 0);
}
