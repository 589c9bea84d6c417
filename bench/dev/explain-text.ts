// Dev only: how the lines of a text file were judged. Usage: node bench/dev/out/explain-text.mjs FILE|DOC-ID
// (fixture marks are stripped). A DOC-ID (evaldata file name or ScrapingHub id, as in fast-lines) is read from
// the cached dumps; lines holding an annotated evaldata segment are marked W (article) or X (boilerplate).
import { readFileSync, existsSync } from 'node:fs';
import { splitLines } from '../../src/parse/lines.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { pageLanguage } from '../../src/page/lines/language-sample.js';
import { languageOf } from '../../src/cleaner/clean-document.js';
import { locateLines } from '../../src/page/lines/locate-lines.js';

const arg = process.argv[2];
let text: string;
let withs: string[] = [];
let withouts: string[] = [];
if (existsSync(arg)) {
  const raw = readFileSync(arg, 'utf8');
  text = raw.split('\n').map((l) => (/^(\+|-|[a-z-]+) /.test(l) ? l.slice(l.indexOf(' ') + 1) : l)).join('\n');
} else {
  const docs = JSON.parse(readFileSync('bench/dev/out/dumps.json', 'utf8')) as { id: string; dump: string; with?: string[]; without?: string[] }[];
  const d = docs.find((x) => x.id.startsWith(arg))!;
  text = d.dump;
  withs = d.with ?? [];
  withouts = d.without ?? [];
}
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
const blocks = textBlocks(splitLines(text));
const lang = pageLanguage(blocks, undefined, () => languageOf(blocks));
const located = locateLines(blocks, lang);
console.log('lang', lang, 'span', located.span);
blocks.forEach((b, i) => {
  const f = located.features[i];
  const t = norm(b.text);
  const mark = withs.some((w) => t.includes(norm(w))) ? 'W' : withouts.some((w) => t.includes(norm(w))) ? 'X' : ' ';
  const kept = located.removals[i] ? ' ' : '+';
  console.log(`${String(i).padStart(4)} ${mark}${kept} ${located.classes[i].padEnd(5)} ${(located.removals[i]?.ruleId.replace('text-page/', '') ?? '').padEnd(15)} ${f.stopwords.toFixed(2)} ${String(f.size).padStart(4)} ${b.text.slice(0, 100)}`);
});
