import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOOTER, PROMO, sitePages } from '../fixtures/site/site.js';
import { ensureBuilt, jsonLines, runCli } from './built-cli.js';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'deboiler-jsonl-'));
}, 120_000);

const ARTICLE = 'The harbour council voted on Tuesday to repair the old sea wall before the winter storms arrive.';

/** Records of varied size and kind, with an id each, some of them broken. */
function mixedRecords(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 17 === 5) lines.push('{"url": "https://x.example/broken", "html": ');
    else if (i % 13 === 7) lines.push(JSON.stringify({ id: i, url: `https://x.example/${i}` }));
    else if (i % 2) lines.push(JSON.stringify({ id: i, url: `https://x.example/${i}`, text: Array.from({ length: 1 + (i % 5) }, (_, k) => `${ARTICLE} Item ${i}, part ${k}.\n`).join('') + 'Share this article' }));
    else lines.push(JSON.stringify({ id: i, url: `https://x.example/${i}`, html: Array.from({ length: 1 + ((i * 7) % 11) }, (_, k) => `<p>${ARTICLE} Item ${i}, part ${k}.</p>`).join('') + '<p>0 Comments</p>' }));
  }
  return lines.join('\n') + '\n';
}

// Concurrent: every test spawns the CLI and waits on it, and no two share a file they write.
describe('deboiler --jsonl', { timeout: 60_000, concurrent: true }, () => {
  it('writes one record per input record, in input order, on 1 and on 2 workers alike', async () => {
    const input = mixedRecords(60);
    const [one, two] = await Promise.all([runCli(['--jsonl'], input), runCli(['--jsonl', '--concurrency', '2'], input)]);
    expect(two.stdout).toBe(one.stdout);
    const out = jsonLines(one.stdout);
    expect(out).toHaveLength(60);
    out.forEach((r, i) => {
      if (i % 17 === 5) expect(r).toEqual({ url: null, error: expect.stringMatching(new RegExp(`^line ${i + 1}: not JSON`)) });
      else if (i % 13 === 7) expect(r).toEqual({ id: i, url: `https://x.example/${i}`, error: `line ${i + 1}: expected exactly one of "html" or "text" as a string` });
      else {
        expect(r.id).toBe(i);
        expect(r.text).toContain(`Item ${i}, part 0.`);
        expect(r.text).not.toMatch(/Share this|Comments/);
      }
    });
    // Errors are records, never a stop; they make the exit code 1. Stderr is not a TTY: no progress line.
    expect(one.code).toBe(1);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
  });

  it('exits 0 when every record is fine, and reads JSONL files in order', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, JSON.stringify({ url: 'https://x.example/a', text: ARTICLE }) + '\r\n\r\n');
    writeFileSync(b, JSON.stringify({ url: 'https://x.example/b', html: `<p>${ARTICLE}</p>` }));
    const r = await runCli(['--jsonl', '--format', 'html', a, b]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { url: 'https://x.example/a', html: `<p>${ARTICLE}</p>` },
      { url: 'https://x.example/b', html: `<p>${ARTICLE}</p>` },
    ]);
  });

  it('a missing JSONL file is one error record and the run goes on', async () => {
    const b = join(dir, 'ok.jsonl');
    writeFileSync(b, JSON.stringify({ text: ARTICLE }) + '\n');
    const r = await runCli(['--jsonl', join(dir, 'nope.jsonl'), b]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out[0]).toEqual({ url: null, error: expect.stringMatching(/nope\.jsonl cannot be read: ENOENT/) });
    expect(out[1]).toEqual({ url: null, text: ARTICLE });
  });

  it('--format markdown, json and --explain shape the records', async () => {
    const input = JSON.stringify({ url: 'https://x.example/m', html: `<h2>Sea wall</h2><p>${ARTICLE}</p><p>Share this article</p>` }) + '\n';
    const [md, json, explain] = await Promise.all([
      runCli(['--jsonl', '--format', 'markdown'], input),
      runCli(['--jsonl', '--format', 'json'], input),
      runCli(['--jsonl', '--explain'], input),
    ]);
    expect(jsonLines(md.stdout)).toEqual([{ url: 'https://x.example/m', markdown: `## Sea wall\n\n${ARTICLE}` }]);
    expect(Object.keys(jsonLines(json.stdout)[0])).toEqual(['url', 'text', 'html', 'removed', 'metadata']);
    expect(jsonLines(explain.stdout)[0].removed).toEqual([expect.objectContaining({ kind: 'share-prompt', ruleId: 'share-prompt/phrase' })]);
  });
});

describe('deboiler --jsonl --memory', { timeout: 60_000, concurrent: true }, () => {
  // Two sites interleaved, so both workers have work and each site stays on one of them.
  const pages = [...sitePages(8), ...sitePages(8, 'https://quill.example')].sort((x, y) => x.url.slice(-2).localeCompare(y.url.slice(-2)));
  const input = pages.map((p) => JSON.stringify({ url: p.url, html: p.page })).join('\n') + '\n';

  it('removes the recurring tail from the third page of each site on, the same on 1 and 2 workers, and saves the memory', async () => {
    const mem1 = join(dir, 'mem1.json');
    const mem2 = join(dir, 'mem2.json');
    const [one, two] = await Promise.all([runCli(['--jsonl', '--memory', mem1], input), runCli(['--jsonl', '--memory', mem2, '--concurrency', '2'], input)]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(readFileSync(mem2, 'utf8')).toBe(readFileSync(mem1, 'utf8'));
    const seen = new Map<string, number>();
    for (const r of jsonLines(one.stdout)) {
      const site = new URL(r.url as string).hostname;
      const n = (seen.get(site) ?? 0) + 1;
      seen.set(site, n);
      if (n < 3) expect(r.text).toContain(PROMO);
      else {
        expect(r.text).not.toContain(PROMO);
        expect(r.text).not.toContain(FOOTER);
      }
    }
    expect(JSON.parse(readFileSync(mem1, 'utf8')).sites.map((s: { site: string }) => s.site).sort()).toEqual(['ondine-ferry.example', 'quill.example']);
  });

  it('a saved memory removes the tail from the first page of the next run', async () => {
    const mem = join(dir, 'mem-next.json');
    await runCli(['--jsonl', '--memory', mem], input);
    const next = sitePages(12).slice(10).map((p) => JSON.stringify({ url: p.url, html: p.page })).join('\n');
    const r = await runCli(['--jsonl', '--memory', mem, '--explain'], next);
    for (const rec of jsonLines(r.stdout)) {
      expect((rec.removed as { kind: string; text: string }[]).filter((x) => x.kind === 'repeated').map((x) => x.text)).toEqual([PROMO, FOOTER]);
    }
  });

  it('a memory file that cannot be read stops the run before any input (exit 3); a missing one is created', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"deboiler-memory","version":9}');
    const r = await runCli(['--jsonl', '--memory', bad], input);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^deboiler: .*version 1/);
    const fresh = join(dir, 'fresh', '..', 'fresh.json');
    expect(existsSync(fresh)).toBe(false);
    expect((await runCli(['--jsonl', '--memory', fresh, '--memory-min-pages', '4'], input)).code).toBe(0);
    expect(JSON.parse(readFileSync(fresh, 'utf8')).minPages).toBe(4);
  });
});
