// Dev only: how the lines of a text file were judged. Usage: node bench/dev/out/explain-text.mjs FILE (fixture marks are stripped)
import { readFileSync } from 'node:fs';
import { splitLines } from '../../src/parse/lines.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { guessLanguage } from '../../src/features/language.js';
import { locateLines } from '../../src/page/lines/locate-lines.js';

const raw = readFileSync(process.argv[2], 'utf8');
const text = raw.split('\n').map((l) => (/^(\+|-|[a-z-]+) /.test(l) ? l.slice(l.indexOf(' ') + 1) : l)).join('\n');
const blocks = textBlocks(splitLines(text));
const lang = guessLanguage(blocks.map((b) => b.text).join('\n'));
const located = locateLines(blocks, lang);
console.log('lang', lang, 'span', located.span);
blocks.forEach((b, i) => {
  const f = located.features[i];
  console.log(`${String(i).padStart(4)} ${located.classes[i].padEnd(5)} ${(located.removals[i]?.ruleId ?? '').padEnd(24)} ${f.stopwords.toFixed(2)} ${f.size} ${b.text.slice(0, 90)}`);
});
