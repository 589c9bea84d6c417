// Dev only: one TSV row per line of each evaldata page dump with its annotation (with/without/-)
// and line features, to study thresholds. Usage: node bench/dev/out/line-stats.mjs > /tmp/lines.tsv
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { htmlToText } from '../html-to-text.js';
import { splitLines } from '../../src/parse/lines.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { guessLanguage } from '../../src/features/language.js';
import { stopwordSet } from '../../src/features/stopwords.js';
import { lineFeatures } from '../../src/page/lines/line-features.js';

const root = '../shared/corpora/evaldata-dev';
const ed = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8'));
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
function decode(buf: Buffer): string {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  try { return new TextDecoder(m ? m[1].toLowerCase() : 'utf-8').decode(buf); } catch { return new TextDecoder().decode(buf); }
}
console.log(['label', 'lang', 'page', 'i', 'n', 'chars', 'words', 'stop', 'send', 'caps', 'digits', 'clauses', 'seps', 'rep', 'text'].join('\t'));
for (const url of Object.keys(ed).sort()) {
  const p = join(root, 'html', ed[url].file);
  if (!existsSync(p)) continue;
  const text = htmlToText(decode(gunzipSync(readFileSync(p))));
  const blocks = textBlocks(splitLines(text));
  const lang = guessLanguage(blocks.slice(0, 200).map((b) => b.text).join('\n'));
  const fs = lineFeatures(blocks, stopwordSet(lang));
  blocks.forEach((b, i) => {
    const t = norm(b.text);
    const w = ed[url].with.some((s: string) => t.includes(norm(s)));
    const wo = ed[url].without.some((s: string) => t.includes(norm(s)));
    const f = fs[i];
    console.log([w ? 'W' : wo ? 'X' : '-', lang, ed[url].file.slice(0, 6), i, blocks.length, f.chars, f.words, f.stopwords.toFixed(2), +f.sentenceEnd, f.capitalised.toFixed(2), f.digits.toFixed(2), f.clauses, f.separators, f.repeats, b.text.slice(0, 80)].join('\t'));
  });
}
