#!/usr/bin/env node
/**
 * Measures `deboiler --jsonl` at scale: wall time and peak RSS (GNU time) for each concurrency, and
 * checks that every output record comes back in input order. Not part of `npm test` (it takes
 * minutes); run after `npm run build`:
 *
 *   node tests/cli/measure/jsonl-scale.mjs --records 20000 --concurrency 1,2
 *   node tests/cli/measure/jsonl-scale.mjs --source corpus --records 600 --concurrency 1,2
 *   node tests/cli/measure/jsonl-scale.mjs --records 20000 --concurrency 1 --heap 48   (old space capped at 48 MB)
 *   node tests/cli/measure/jsonl-scale.mjs --records 2000 --concurrency 2 --memory 1   (with --memory)
 *
 * --source generated: invented pages (nav, article, promo, footer; 4–12 kB), built here.
 * --source corpus: the ScrapingHub pages in ../shared/corpora, read at run time and cycled; nothing
 * is copied into the project. Inputs and outputs go to a temp folder that is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const records = Number(args.records ?? 20000);
const source = args.source ?? 'generated';
const concurrencies = String(args.concurrency ?? '1,2').split(',').map(Number);
const extra = args.memory ? ['--memory'] : [];
// --heap MB caps each V8 heap: a run that finishes under a small cap cannot be holding the input.
const heap = args.heap ? [`--max-old-space-size=${Number(args.heap)}`] : [];

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = 'harbour council ferry tide orchard quay moor lantern valley bridge parish mill river hedgerow surveyor volunteers timber frost winter spring silt budget weather signs gulls shovels roof drawings records bicycles'.split(' ');
function generatedPage(i) {
  const next = random(i + 1);
  const sentence = () => Array.from({ length: 12 + Math.floor(next() * 14) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  const paragraphs = Array.from({ length: 5 + Math.floor(next() * 20) }, () => `<p>${Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' ')}</p>`);
  const nav = `<nav><ul>${WORDS.slice(0, 12).map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul></nav>`;
  return `<!doctype html><html><head><title>Report ${i}</title></head><body>${nav}<main><article><h1>Report ${i}</h1>${paragraphs.join('')}<p>Share this article</p></article></main><footer><p>About us</p></footer></body></html>`;
}

function corpusPages() {
  const dir = resolve(ROOT, '../shared/corpora/scrapinghub/html');
  return readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
}

async function writeInput(file) {
  const out = createWriteStream(file);
  const pages = source === 'corpus' ? corpusPages() : null;
  let bytes = 0;
  for (let i = 0; i < records; i++) {
    const host = `site${i % 50}.example`;
    const line = JSON.stringify({ id: i, url: `https://${host}/news/${i}`, html: pages ? pages[i % pages.length] : generatedPage(i) }) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

async function checkOrder(file) {
  let expected = 0;
  let errors = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const r = JSON.parse(line);
    if (r.id !== expected) throw new Error(`record ${expected}: got id ${r.id}: output out of order`);
    if (r.error) errors++;
    expected++;
  }
  if (expected !== records) throw new Error(`expected ${records} records, got ${expected}`);
  return errors;
}

const dir = mkdtempSync(join(tmpdir(), 'deboiler-scale-'));
try {
  const input = join(dir, 'in.jsonl');
  const bytes = await writeInput(input);
  console.log(`${records} records from ${source} pages, ${(bytes / 1e6).toFixed(1)} MB of JSONL${heap.length ? `, node ${heap[0]}` : ''}`);
  const digests = new Set();
  for (const c of concurrencies) {
    const output = join(dir, `out-${c}.jsonl`);
    const memory = extra.length ? [...extra, join(dir, `memory-${c}.json`)] : [];
    const started = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...heap, join(ROOT, 'dist/cli.js'), '--jsonl', '--concurrency', String(c), ...memory, input], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const report = run.stderr.toString();
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    const cpu = /Percent of CPU this job got: (\d+%)/.exec(report)?.[1];
    rmSync(output, { force: true });
    // Output is checked from a file so this script's own memory stays out of the figure.
    await new Promise((r) => createWriteStream(output).end(run.stdout, r));
    const errors = await checkOrder(output);
    // Every concurrency must give the same bytes (with --memory too: each site stays on one worker).
    digests.add(createHash('sha256').update(run.stdout).digest('hex') + (memory.length ? createHash('sha256').update(readFileSync(memory[1])).digest('hex') : ''));
    console.log(`concurrency ${c}: ${seconds.toFixed(1)} s, ${(records / seconds).toFixed(0)} records/s, peak RSS ${(Number(rss) / 1024).toFixed(0)} MB, CPU ${cpu}, in order, ${errors} error records, exit ${run.status}`);
  }
  console.log(digests.size === 1 ? 'identical output (and memory file) for every run' : `outputs differ between runs: ${digests.size} distinct`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
