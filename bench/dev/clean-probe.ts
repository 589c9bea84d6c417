import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clean, detect, extract } from '../../src/index.js';
import { loadScrapinghub } from '../corpora.js';

/**
 * Dev probe for clean() speed work. The input texts are frozen in a file on first run (extract()
 * changes elsewhere must not move them), then: `hash` prints one digest of every clean() and
 * detect() result on them and on the seed article; `time` prints CPU ms per call, best of ROUNDS.
 * Usage: node clean-probe.mjs hash|time [texts.json]
 */
const mode = process.argv[2] ?? 'hash';
const frozen = process.argv[3] ?? join(process.cwd(), '.bench-out', 'clean-texts.json');
if (!existsSync(frozen)) {
  mkdirSync(dirname(frozen), { recursive: true });
  writeFileSync(frozen, JSON.stringify(loadScrapinghub().map((d) => extract(d.html).text)));
}
const texts: string[] = JSON.parse(readFileSync(frozen, 'utf8'));
const seedPath = join(process.cwd(), '..', 'shared', 'examples', 'seed-article.txt');
if (existsSync(seedPath)) texts.push(readFileSync(seedPath, 'utf8'));

if (mode === 'hash') {
  const h = createHash('sha256');
  for (const t of texts) {
    h.update(JSON.stringify(clean(t, { format: 'text' })));
    h.update(JSON.stringify(detect(t, { format: 'text' })));
  }
  console.log(`${texts.length} texts  ${h.digest('hex').slice(0, 16)}`);
} else {
  const rounds = Number(process.env.ROUNDS ?? 7);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  for (const t of texts) clean(t, { format: 'text' });
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c = process.cpuUsage();
    for (const t of texts) clean(t, { format: 'text' });
    const d = process.cpuUsage(c);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  console.log(`cpu best ${best.toFixed(0)} ms  ${(best / texts.length).toFixed(3)} ms/call  ${(bytes / 2 ** 20 / (best / 1000)).toFixed(2)} MB/s`);
}
