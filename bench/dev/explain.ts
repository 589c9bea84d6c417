// Dev only: shows how a corpus page's lines were judged. Usage: node bench/dev/out/explain.mjs <evaldata file id | scrapinghub id>
// Columns: annotation (W with, X without, T in the ScrapingHub truth), first class, smoothed class, kept?, text.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { htmlToText } from '../html-to-text.js';
import { splitLines } from '../../src/parse/lines.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { guessLanguage } from '../../src/features/language.js';
import { stopwordSet } from '../../src/features/stopwords.js';
import { classifyLine } from '../../src/page/lines/classify.js';
import { locateLines } from '../../src/page/lines/locate-lines.js';
import { extract } from '../../src/index.js';

const id = process.argv[2].replace(/\.html\.gz$/, '');
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
let html = '';
let isWith = (_: string) => false;
let isWithout = (_: string) => false;
const ed = JSON.parse(readFileSync('../shared/corpora/evaldata-dev/evaldata.json', 'utf8'));
const entry = Object.values(ed).find((e: any) => e.file.startsWith(id)) as any;
if (entry) {
  const b = gunzipSync(readFileSync(join('../shared/corpora/evaldata-dev/html', entry.file)));
  const m = b.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  try { html = new TextDecoder(m ? m[1].toLowerCase() : 'utf-8').decode(b); } catch { html = new TextDecoder().decode(b); }
  isWith = (t) => entry.with.some((s: string) => t.includes(norm(s)));
  isWithout = (t) => entry.without.some((s: string) => t.includes(norm(s)));
} else {
  const p = `../shared/corpora/scrapinghub/html/${id}.html.gz`;
  if (!existsSync(p)) throw new Error('no page ' + id);
  html = gunzipSync(readFileSync(p)).toString('utf8');
  const gt = JSON.parse(readFileSync('../shared/corpora/scrapinghub/ground-truth.json', 'utf8'))[id].articleBody as string;
  const truth = norm(gt);
  isWith = (t) => t.length > 0 && truth.includes(t);
}
const text = htmlToText(html);
const blocks = textBlocks(splitLines(text));
const lang = guessLanguage(blocks.slice(0, 200).map((b) => b.text).join('\n'));
const located = locateLines(blocks, lang);
const kept = new Set(extract(text, { format: 'text' }).text.split('\n\n'));
import("../../src/page/lines/stopword-evidence.js");
const sw = (await import("../../src/page/lines/stopword-evidence.js")).stopwordsInformative(located.features, stopwordSet(lang) !== null);
console.log('lang', lang, 'span', located.span);
blocks.forEach((b, i) => {
  const t = norm(b.text);
  const f = located.features[i];
  const mark = isWith(t) ? 'W' : isWithout(t) ? 'X' : '-';
  const r = located.removals[i];
  console.log(`${String(i).padStart(4)} ${mark} ${classifyLine(f, sw).padEnd(5)} ${located.classes[i].padEnd(5)} ${kept.has(b.text) ? 'K' : ' '} ${(r?.ruleId ?? '').padEnd(12).slice(-12)} ${f.stopwords.toFixed(2)} ${b.text.slice(0, 110)}`);
});
