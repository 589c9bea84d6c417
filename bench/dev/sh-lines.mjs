// Dev-only: for ScrapingHub pages (id prefixes), the final extract() lines not in the truth (+) and truth lines missed (-).
// Usage: DIST=.bench-out/lib.mjs node bench/dev/sh-lines.mjs <prefix>...
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const { extract } = await import(pathToFileURL(resolve(process.env.DIST ?? 'dist/index.js')).href);
const dir = '../shared/corpora/scrapinghub/';
const gt = JSON.parse(readFileSync(dir + 'ground-truth.json', 'utf8'));
const norm = (t) => t.replace(/\s+/g, ' ').trim();
for (const prefix of process.argv.slice(2)) {
  const id = Object.keys(gt).find((k) => k.startsWith(prefix));
  const r = extract(gunzipSync(readFileSync(`${dir}html/${id}.html.gz`)).toString('utf8'), { url: gt[id].url });
  const truth = norm(gt[id].articleBody);
  const out = norm(r.text);
  console.log('===', prefix, gt[id].url);
  for (const l of r.text.split('\n')) if (norm(l) && !truth.includes(norm(l))) console.log('  +', l.slice(0, 160));
  for (const l of gt[id].articleBody.split('\n')) if (norm(l) && !out.includes(norm(l))) console.log('  -', l.slice(0, 160));
}
