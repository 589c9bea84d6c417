import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect, explain } from '../../src/index.js';
import { findChromium, launchChromium, type Browser } from '../helpers/chromium.js';

const CHROMIUM = findChromium();
if (!CHROMIUM) console.warn('[skipped] explain report in a browser: no Chromium found (install it, or set CHROMIUM_PATH)');

const HOSTILE = [
  '<p>The harbour authority said on Monday that the old ferry would return to service next spring after a long refit.</p>',
  '<p>Engineers replaced the engine and the steering gear, and inspectors approved the hull in March this year.</p>',
  '<p>Share this article <img src=x onerror="document.title=\'pwned\'"></p>',
  '<script>document.title = "pwned"</script>',
  '<p>0 Comments</p>',
  '<p>Source: <b>"Wire" &lt;agencies&gt;</b></p>',
].join('');

interface Seen {
  title: string;
  scripts: number;
  images: number;
  removed: { kind: string; rule: string; title: string; background: string; width: number; height: number; visible: boolean }[];
  keptBackgrounds: string[];
  rows: number;
  legend: string[];
}

// Runs in the page: what a reader would see, read through the DOM and computed styles.
const READ_PAGE = `(() => {
  const box = (el) => el.getBoundingClientRect();
  const removed = [...document.querySelectorAll('.doc .removed')].map((el) => {
    const style = getComputedStyle(el);
    return {
      kind: el.dataset.kind, rule: el.dataset.rule, title: el.title, background: style.backgroundColor,
      width: box(el).width, height: box(el).height,
      visible: style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0,
    };
  });
  return {
    title: document.title,
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img').length,
    removed,
    keptBackgrounds: [...document.querySelectorAll('.doc p:not(.removed)')].map((el) => getComputedStyle(el).backgroundColor),
    rows: document.querySelectorAll('table.summary tbody tr').length,
    legend: [...document.querySelectorAll('.legend li')].map((li) => li.textContent),
  };
})()`;

describe.skipIf(!CHROMIUM)('explain report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium(CHROMIUM!);
    dir = mkdtempSync(join(tmpdir(), 'deboiler-report-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, report: string): Promise<Seen> {
    const file = join(dir, name);
    writeFileSync(file, report);
    return browser.evaluateAt<Seen>(pathToFileURL(file).href, READ_PAGE);
  }

  it('shows every removed block highlighted and visible, with kind, rule and reason on hover', async () => {
    const findings = detect(HOSTILE);
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const seen = await open('hostile.html', explain(HOSTILE));
    expect(seen.removed.map((r) => [r.kind, r.rule])).toEqual(findings.map((f) => [f.kind, f.ruleId]));
    for (const [i, r] of seen.removed.entries()) {
      expect(r.visible, r.rule).toBe(true);
      expect(r.width * r.height, `${r.rule} has no area`).toBeGreaterThan(0);
      expect(r.background, `${r.rule} is not highlighted`).not.toBe('rgba(0, 0, 0, 0)');
      expect(r.title).toContain(findings[i].ruleId);
      expect(r.title).toContain(findings[i].reason);
    }
    for (const bg of seen.keptBackgrounds) expect(bg).toBe('rgba(0, 0, 0, 0)');
    expect(seen.rows).toBe(findings.length);
    expect(seen.legend.length).toBe(new Set(findings.map((f) => f.kind)).size);
  });

  it('runs nothing from hostile input: its markup is shown as text', async () => {
    const seen = await open('hostile-2.html', explain(HOSTILE, { format: 'text' }));
    expect(seen.title).toBe('deboiler report');
    expect(seen.scripts).toBe(0);
    expect(seen.images).toBe(0);
  });

  it('colours kinds apart on a whole page', async () => {
    const page = '<!doctype html><html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article>' +
      '<p>The council voted on Tuesday to restore the wooden ferry that crossed the bay for most of the last century.</p>' +
      '<p>Supporters said the boat would bring visitors back to the quiet northern shore of the lake this summer.</p>' +
      '<p>Share this article</p><p>0 Comments</p></article><footer><p>Copyright 2024 The Courier</p></footer></body></html>';
    const seen = await open('page.html', explain(page));
    const byKind = new Map(seen.removed.map((r) => [r.kind, r.background]));
    expect(byKind.size).toBeGreaterThanOrEqual(3);
    expect(new Set(byKind.values()).size).toBe(byKind.size);
  });
});
