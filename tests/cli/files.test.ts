import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './built-cli.js';

const BODY = 'The harbour council voted on Tuesday to repair the old sea wall before the winter storms arrive.';
const PAGE = `<!doctype html><html><head><title>Sea wall</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Sea wall to be repaired</h1><p>${BODY}</p><p>Work starts next month and should take about six weeks, the council said in a statement.</p><p>Share this article</p></article><footer>About us</footer></body></html>`;
const FRAGMENT = `<p>${BODY}</p><p>Share this article</p>`;

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'deboiler-cli-'));
  writeFileSync(join(dir, 'page.html'), PAGE);
  writeFileSync(join(dir, 'fragment.html'), FRAGMENT);
  writeFileSync(join(dir, 'heading.html'), `<h2>Sea wall</h2>${FRAGMENT}`);
  writeFileSync(join(dir, 'article.txt'), `${BODY}\n0 Comments`);
}, 120_000);

// Concurrent: every test spawns the CLI and waits on it, and no two share a file they write.
describe('deboiler on files and standard input', { timeout: 60_000, concurrent: true }, () => {
  it('--help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: deboiler/);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 /);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('bad usage exits 2 with a message and the usage', async () => {
    const cases = [['--format', 'pdf'], ['--mode', 'x'], ['--concurrency', '0', '--jsonl'], ['--concurrency', '2'], ['--nope'], ['--jsonl', '-o', 'x'], ['--memory-min-pages', '3'], ['--jsonl', '--explain=html']];
    const runs = await Promise.all(cases.map((args) => runCli(args)));
    runs.forEach((r, i) => {
      expect(r.code, cases[i].join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^deboiler: .+\n\nUsage:/);
      expect(r.stdout).toBe('');
    });
  });

  it('extracts a whole page given as a file and cleans a fragment from standard input', async () => {
    const page = await runCli([join(dir, 'page.html')]);
    expect(page.code).toBe(0);
    expect(page.stdout).toContain(BODY);
    expect(page.stdout).not.toMatch(/Share this article|About us|Home/);
    const stdin = await runCli([], FRAGMENT);
    expect(stdin.code).toBe(0);
    expect(stdin.stdout.trim()).toBe(BODY);
    expect(stdin.stderr).toBe('');
  });

  it('--mode clean judges a whole page without looking for the article', async () => {
    const r = await runCli(['--mode', 'clean', '--format', 'json', join(dir, 'page.html')]);
    const result = JSON.parse(r.stdout) as { removed: { kind: string }[] };
    expect(result.removed.map((x) => x.kind)).not.toContain('navigation');
  });

  it('--explain prints a table of removed blocks with kinds and rule ids', async () => {
    const r = await runCli(['--explain', join(dir, 'article.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/== Removed ==\nkind\s+rule\s+text\n-+/);
    expect(r.stdout).toMatch(/comment-counter\s+comment-counter\/[\w-]+\s+0 Comments/);
  });

  it('--explain=html writes the self-contained report; a bad --explain value is bad usage', async () => {
    const r = await runCli(['--explain=html', join(dir, 'fragment.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('share-prompt');
    expect(r.stdout).not.toMatch(/<script/i);
    const bad = await runCli(['--explain=pdf', join(dir, 'fragment.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--explain takes "table" or "html"/);
  });

  it('--max-bytes refuses a larger input, names the limit, and the run goes on (exit 1)', async () => {
    const r = await runCli(['--max-bytes', '300', join(dir, 'page.html'), join(dir, 'article.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/page\.html: .*over the maxInputBytes limit of 300/);
    expect(r.stdout).toContain(BODY);
    expect(r.stdout).not.toContain('0 Comments');
  });

  it('--format markdown, html and json', async () => {
    const md = await runCli(['--format', 'markdown', join(dir, 'heading.html')]);
    expect(md.stdout).toBe(`## Sea wall\n\n${BODY}\n`);
    const page = await runCli(['--format', 'markdown', '--url', 'https://news.example/a', join(dir, 'page.html')]);
    expect(page.stdout).toContain(BODY);
    expect(page.stdout).not.toMatch(/Share this|About us/);
    const html = await runCli(['--format', 'html', join(dir, 'fragment.html')]);
    expect(html.stdout.trim()).toBe(`<p>${BODY}</p>`);
    const json = JSON.parse((await runCli(['--format', 'json', '--url', 'https://news.example/a', join(dir, 'fragment.html')])).stdout);
    expect(json.metadata.url).toBe('https://news.example/a');
    expect(json.removed[0].kind).toBe('share-prompt');
  });

  it('-o writes one file per input; a failing input is reported and the others still run (exit 1)', async () => {
    const out = join(dir, 'out');
    const r = await runCli(['-o', out, '--format', 'markdown', join(dir, 'page.html'), join(dir, 'missing.html'), join(dir, 'article.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.html: ENOENT/);
    expect(readdirSync(out).sort()).toEqual(['article.md', 'page.md']);
    expect(readFileSync(join(out, 'article.md'), 'utf8').trim()).toBe(BODY);
  });
});
