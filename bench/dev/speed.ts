/**
 * Dev-only: parse time vs locate time over the ScrapingHub pages, so locating can be kept a small
 * fraction of parsing whatever else the machine is doing. Usage: node .bench-out/speed.mjs
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { pageMetadata } from '../../src/page/metadata.js';

const dir = '../shared/corpora/scrapinghub/html/';
const pages = readdirSync(dir).map((f) => gunzipSync(readFileSync(dir + f)).toString('utf8'));
let parse = 0;
let locate = 0;
let meta = 0;
for (const html of pages) {
  let t = performance.now();
  const doc = parseDocument(html);
  parse += performance.now() - t;
  t = performance.now();
  locateArticle(doc);
  locate += performance.now() - t;
  t = performance.now();
  pageMetadata(doc);
  meta += performance.now() - t;
}
const per = (ms: number): string => `${(ms / pages.length).toFixed(1)} ms/page`;
console.log(`parse ${per(parse)}, locate ${per(locate)} (${((locate / parse) * 100).toFixed(0)}% of parse), metadata ${per(meta)}`);
