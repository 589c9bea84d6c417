// Dev only: where each annotated evaldata segment sits among the located lines (class before and after
// smoothing, before/inside/after the span, distance to it). Writes bench/dev/out/anatomy.json for ad-hoc queries.
// Usage: node bench/dev/out/anatomy-lines.mjs (needs the dumps cached by fast-lines)
import { readFileSync, writeFileSync } from 'node:fs';
import { splitLines } from '../../src/parse/lines.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { languageOf } from '../../src/cleaner/clean-document.js';
import { pageLanguage } from '../../src/page/lines/language-sample.js';
import { locateLines } from '../../src/page/lines/locate-lines.js';
import { classifyLine } from '../../src/page/lines/classify.js';
import { stopwordsInformative } from '../../src/page/lines/stopword-evidence.js';
import { stopwordSet } from '../../src/features/stopwords.js';

const docs = JSON.parse(readFileSync('bench/dev/out/dumps.json', 'utf8')) as { corpus: string; id: string; dump: string; with?: string[]; without?: string[] }[];
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
const rows: unknown[] = [];
for (const d of docs) {
  if (d.corpus !== 'ed') continue;
  const blocks = textBlocks(splitLines(d.dump));
  const lang = pageLanguage(blocks, undefined, () => languageOf(blocks));
  const L = locateLines(blocks, lang);
  const inf = stopwordsInformative(L.features, stopwordSet(lang) !== null);
  const texts = blocks.map((b) => norm(b.text));
  const firsts = L.features.map((f) => classifyLine(f, inf));
  const ctx = (i: number) => [-2, -1, 0, 1, 2].map((k) => { const j = i + k; return j < 0 || j >= firsts.length ? '^' : firsts[j][0] + (L.features[j].sentenceEnd ? '.' : ''); }).join(' ');
  // Prose blocks of the span: separated by two or more removed lines in a row; counted from the span's end.
  const blockOf = new Array<number>(blocks.length).fill(-1);
  const blockSize: number[] = [];
  const blockGap: number[] = [];
  {
    let b = 0; let run = 0; let size = 0;
    for (let k = L.span.end; k >= L.span.start; k--) {
      if (L.removals[k]) { run++; continue; }
      if (run >= 2 && size > 0) { blockGap[b] = run; blockSize[b] = size; b++; size = 0; }
      run = 0; blockOf[k] = b; size += L.features[k].size;
    }
    blockSize[b] = size; blockGap[b] = 0;
  }
  const spanSize = blockSize.reduce((a, x) => a + x, 0);
  for (const [label, segs] of [['W', d.with!], ['X', d.without!]] as const) {
    for (const s of segs) {
      const n = norm(s);
      const i = texts.findIndex((t) => t.includes(n));
      if (i < 0) { rows.push({ doc: d.id, label, i: -1 }); continue; }
      const f = L.features[i];
      const region = i < L.span.start ? 'before' : i > L.span.end ? 'after' : 'in';
      const dist = region === 'before' ? L.span.start - i : region === 'after' ? i - L.span.end : 0;
      rows.push({ doc: d.id, label, i, n: blocks.length, toEnd: L.span.end - i, toStart: i - L.span.start, spanLen: L.span.end - L.span.start + 1, region, dist, first: classifyLine(f, inf), cls: L.classes[i],
        removed: L.removals[i]?.ruleId ?? null, ctx: ctx(i), block: blockOf[i], blockSize: blockSize[blockOf[i]], gapBefore: blockGap[blockOf[i]], spanSize, nBlocks: blockSize.length, rep: L.features[i].repeats, size: f.size, words: f.words, stop: +f.stopwords.toFixed(2), end: f.sentenceEnd, text: texts[i].slice(0, 80) });
    }
  }
}
writeFileSync('bench/dev/out/anatomy.json', JSON.stringify(rows));
console.log(rows.length, 'segments');
