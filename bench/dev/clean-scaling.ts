import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean as cleanHere } from '../../src/index.js';

/**
 * Dev probe: clean() CPU time per MB on article-like text of growing size (the ScrapingHub article
 * texts frozen by clean-probe.ts, joined and repeated to 0.1, 1 and 10 MB); ms/MB should stay flat.
 */
// argv[3]: another build of the library to measure instead (a bundle exporting clean).
const clean: typeof cleanHere = process.argv[3] ? (await import(process.argv[3])).clean : cleanHere;
const texts: string[] = JSON.parse(readFileSync(process.argv[2] ?? join(process.cwd(), '.bench-out', 'clean-texts.json'), 'utf8'));
const all = texts.join('\n\n');
// Each repetition's lines are made distinct (a numbered opening word), so no work is shared
// between copies of a line.
const sized = (mb: number) => {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < mb * 2 ** 20; k++) {
    const copy = all.replace(/^(?=\S)/gm, `Part${k} `);
    parts.push(copy);
    length += copy.length + 2;
  }
  return parts.join('\n\n').slice(0, mb * 2 ** 20);
};
for (const mb of [0.1, 1, 10]) {
  const text = sized(mb);
  const runs = mb >= 10 ? 1 : 3;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    clean(text, { format: 'text' });
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  console.log(`${String(mb).padStart(4)} MB  ${best.toFixed(0).padStart(6)} ms  ${(best / mb).toFixed(0).padStart(5)} ms/MB`);
}
