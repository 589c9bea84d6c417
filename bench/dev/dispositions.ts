// Dev only: for each annotated evaldata line, how it was disposed (kept, or the removing rule id).
// Usage: node bench/dev/out/dispositions.mjs
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { htmlToText } from '../html-to-text.js';
import { extract } from '../../src/index.js';

const root = '../shared/corpora/evaldata-dev';
const ed = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8'));
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
function decode(buf: Buffer): string {
  const m = buf.subarray(0, 4096).toString('latin1').match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  try { return new TextDecoder(m ? m[1].toLowerCase() : 'utf-8').decode(buf); } catch { return new TextDecoder().decode(buf); }
}
const tally = new Map<string, number>();
const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
for (const url of Object.keys(ed).sort()) {
  const p = join(root, 'html', ed[url].file);
  if (!existsSync(p)) continue;
  const r = extract(htmlToText(decode(gunzipSync(readFileSync(p)))), { format: 'text', url });
  const removed = r.removed.map((x) => ({ t: norm(x.text), id: x.ruleId }));
  const kept = norm(r.text);
  for (const [label, segs] of [['with', ed[url].with], ['without', ed[url].without]] as const) {
    for (const s of segs as string[]) {
      const n = norm(s);
      if (kept.includes(n)) { add(`${label}\tkept`); if (process.env.SHOW === "kept" && label === "without") console.log("  ", ed[url].file.slice(0, 16), n.slice(0, 100)); }
      else { const id = removed.find((x) => x.t.includes(n))?.id ?? "(split/absent)"; add(`${label}\t${id}`); if (process.env.SHOW && id.endsWith(process.env.SHOW) && label === "with") console.log("  ", ed[url].file.slice(0, 16), n.slice(0, 100)); }
    }
  }
}
for (const [k, v] of [...tally].sort()) console.log(v, k);
