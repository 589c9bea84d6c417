import { describe, expect, it } from 'vitest';
import { createCleaner, detect, explain } from '../../src/index.js';
import type { Rule } from '../../src/index.js';
import { escapeHtml } from '../../src/explain/escape.js';
import { kindClass } from '../../src/explain/palette.js';

const ARTICLE = [
  'The harbour authority said on Monday that the old ferry would return to service next spring after a long refit.',
  'Engineers replaced the engine and the steering gear, and inspectors approved the hull in March this year.',
  'Share this article',
  '0 Comments',
].join('\n');

describe('explain()', () => {
  it('is one self-contained page: inline CSS, no scripts, no external assets, a CSP that forbids both', () => {
    const html = explain(ARTICLE);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it('marks each removed block in place with kind class, badge and a title naming kind, rule and reason', () => {
    const html = explain(ARTICLE);
    const findings = detect(ARTICLE);
    const marked = [...html.matchAll(/<p id="removed-(\d+)" class="removed (kind-[a-z-]+)" data-kind="([^"]+)" data-rule="([^"]+)" title="([^"]+)">/g)];
    expect(marked.map((m) => m[3])).toEqual(findings.map((f) => f.kind));
    expect(marked.map((m) => m[2])).toEqual(findings.map((f) => `kind-${f.kind}`));
    for (const [i, m] of marked.entries()) expect(m[5]).toBe(escapeHtml(`${findings[i].kind} · ${findings[i].ruleId}\n${findings[i].reason}`));
    // Kept text stays, unmarked, in order before the tail.
    expect(html.indexOf('<p>The harbour authority')).toBeLessThan(html.indexOf('id="removed-1"'));
  });

  it('lists every removal in a summary table linked to its place, and a legend with counts', () => {
    const html = explain(ARTICLE);
    const rows = html.match(/<tr><td><a href="#removed-\d+">/g) ?? [];
    expect(rows.length).toBe(detect(ARTICLE).length);
    expect(html).toMatch(/<ul class="legend"><li class="kind-share-prompt">share-prompt \(1\)<\/li>/);
  });

  it('escapes everything that comes from the input or from custom rules', () => {
    const hostile: Rule = {
      id: 'x/"><script>alert(1)</script>',
      kind: 'advertisement',
      languages: '*',
      description: 'test',
      test: (b) => (b.text.startsWith('Sponsored') ? { confidence: 0.9, reason: '<img src=x onerror=alert(2)> & "quoted"' } : null),
    };
    const input = `${ARTICLE}\nSponsored <b onmouseover="alert(3)">content</b> & more`;
    const html = createCleaner({ rules: { add: [hostile] } }).explain(input, { format: 'text' });
    expect(html).not.toMatch(/<script|<img|<b[ >]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quoted&quot;');
    expect(html).toContain('Sponsored &lt;b onmouseover=&quot;alert(3)&quot;&gt;content&lt;/b&gt; &amp; more');
  });

  it('gives known kinds their own class and anything else one shared class', () => {
    expect(kindClass('share-prompt')).toBe('kind-share-prompt');
    expect(kindClass('x" onclick="y')).toBe('kind-other');
  });

  it('reports a document with nothing to remove, and an empty one', () => {
    const clean = explain('A single calm paragraph about the harbour, its ferry and the people who sail on it every day.');
    expect(clean).toContain('Nothing would be removed.');
    expect(clean).not.toContain('class="removed');
    expect(explain('')).toContain('The document has no text.');
  });

  it('checks its input and options like the other functions', () => {
    expect(() => explain(42 as never)).toThrow(/deboiler\.explain\(\): expected input to be a string or bytes/);
    expect(() => explain('x', { format: 'pdf' as never })).toThrow(TypeError);
  });

  it('shows page metadata in the title, escaped', () => {
    const page = '<!doctype html><html><head><title>Ferry &lt;returns&gt;</title></head><body><article><p>The council voted on Tuesday to restore the wooden ferry that crossed the bay for most of the last century.</p></article></body></html>';
    expect(explain(page)).toContain('<title>deboiler report: Ferry &lt;returns&gt;</title>');
  });
});
