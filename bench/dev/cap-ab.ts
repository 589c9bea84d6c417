/**
 * Dev probe: CPU time of the parser's pre-pass (capNesting) alone on the ScrapingHub pages, for two
 * builds of it, interleaved per page, minimum of `rounds`; also checks that both give the same string.
 * Build two bundles of this file with different sources (esbuild --outfile), then
 * node bench/dev/out/cap-a.mjs --other bench/dev/out/cap-b.mjs [rounds]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadScrapinghub } from '../corpora.js';
import { capNesting, MAX_NESTING } from '../../src/parse/cap-depth.js';
import { isReadAttributeAt } from '../../src/parse/read-attributes.js';

export const run = (html: string): string => capNesting(html, MAX_NESTING, isReadAttributeAt, true);
if (process.argv[2] === '--other' && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const other = (await import(resolve(process.argv[3]))) as { run: typeof run };
  const rounds = Number(process.argv[4] ?? 5);
  const pages = loadScrapinghub().map((d) => d.html);
  const cpu = (f: () => void): number => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
  let a = 0, b = 0, differ = 0;
  for (const h of pages) if (run(h) !== other.run(h)) differ++;
  for (const h of pages) {
    const m = [Infinity, Infinity];
    for (let r = 0; r < rounds; r++) { m[0] = Math.min(m[0], cpu(() => run(h))); m[1] = Math.min(m[1], cpu(() => other.run(h))); }
    a += m[0]; b += m[1];
  }
  console.log(`capNesting: A ${(a / pages.length).toFixed(3)} ms/page  B ${(b / pages.length).toFixed(3)} ms/page  B/A ${(b / a).toFixed(3)}; ${differ} pages differ`);
}
