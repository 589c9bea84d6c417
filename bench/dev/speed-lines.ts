// Dev only: time of extract(text) alone over the ScrapingHub pages turned into text dumps.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { htmlToText } from '../html-to-text.js';
import { extract } from '../../src/index.js';

const dir = '../shared/corpora/scrapinghub/html';
const texts = readdirSync(dir).map((f) => htmlToText(gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8')));
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
for (const t of texts) extract(t, { format: 'text' });
const t0 = performance.now();
for (const t of texts) extract(t, { format: 'text' });
const ms = performance.now() - t0;
console.log(`${texts.length} pages, ${(bytes / 2 ** 20).toFixed(1)} MB of text, ${ms.toFixed(0)} ms, ${(ms / texts.length).toFixed(2)} ms/page`);
{
  const { clean } = await import('../../src/index.js');
  const t1 = performance.now();
  for (const t of texts) clean(t, { format: 'text' });
  console.log(`clean() on the same: ${(performance.now() - t1).toFixed(0)} ms`);
  const { locateLines } = await import('../../src/page/lines/locate-lines.js');
  const { splitLines } = await import('../../src/parse/lines.js');
  const { textBlocks } = await import('../../src/segment/text-blocks.js');
  const t2 = performance.now();
  for (const t of texts) locateLines(textBlocks(splitLines(t)), 'en');
  console.log(`segment + locateLines only: ${(performance.now() - t2).toFixed(0)} ms`);
}
