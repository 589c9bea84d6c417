import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { clean, createCleaner, detect, extract, InputTooLargeError } from '../src/index.js';

describe('public surface', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(['ARTICLE_KINDS', 'InputTooLargeError', 'KINDS', 'PAGE_KINDS', 'clean', 'createCleaner', 'detect', 'explain', 'extract']);
  });
});

describe('input checks', () => {
  const fns = { clean, extract, detect } as const;
  for (const [name, fn] of Object.entries(fns)) {
    it(`${name}() names itself and what it expected for non-string input`, () => {
      for (const bad of [42, null, undefined, {}, [], true, Symbol('x')]) {
        expect(() => (fn as (x: unknown) => unknown)(bad)).toThrow(TypeError);
      }
      expect(() => (fn as (x: unknown) => unknown)(42)).toThrow(new RegExp(`deboiler\\.${name}\\(\\): expected input to be a string or bytes`));
    });
    it(`${name}() rejects an unknown format`, () => {
      expect(() => fn('text', { format: 'pdf' as never })).toThrow(/options\.format to be one of 'auto', 'text', 'html'/);
    });
  }

  it('rejects bad options with TypeErrors', () => {
    expect(() => clean('x', 'text' as never)).toThrow(TypeError);
    expect(() => clean('x', { url: 3 as never })).toThrow(/options\.url/);
    expect(() => clean('x', { keep: ['nonsense' as never] })).toThrow(/options\.keep/);
    expect(() => clean('x', { maxInputBytes: -1 })).toThrow(/maxInputBytes/);
    expect(() => clean('x', { rules: { disable: ['no/such-rule'] } })).toThrow(/names no built-in rule/);
    expect(() => clean('x', { rules: { add: [{ id: 'x' } as never] } })).toThrow(/kind/);
    expect(() => createCleaner({ format: 'xml' as never })).toThrow(/createCleaner/);
  });

  it('gives an empty result for empty input', () => {
    expect(clean('')).toEqual({ text: '', html: '', removed: [], metadata: {} });
    expect(extract('   \n ')).toEqual({ text: '', html: '', removed: [], metadata: {} });
    expect(detect('')).toEqual([]);
  });

  it('refuses input over maxInputBytes', () => {
    expect(() => clean('x'.repeat(100), { maxInputBytes: 50 })).toThrow(InputTooLargeError);
    expect(() => clean(new Uint8Array(100), { maxInputBytes: 50 })).toThrow(/over the maxInputBytes limit of 50/);
  });
});

describe('bytes', () => {
  it('decodes UTF-8 by default and honours a BOM', () => {
    const text = 'Zürich liegt am See. Die Stadt ist groß und hat viele Einwohner.';
    expect(clean(Buffer.from(text)).text).toBe(text);
    expect(clean(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
  });

  it('honours a declared charset', () => {
    const html = '<meta charset="windows-1252"><p>Caf\xe9 au lait co\xfbte trois euros dans le quartier.</p>';
    expect(clean(Buffer.from(html, 'latin1')).text).toBe('Café au lait coûte trois euros dans le quartier.');
  });
});

describe('behaviour', () => {
  const doc = 'A real paragraph of the article that talks about the harbour and the ships in it for a while.\nShare this article\n0 Comments';

  it('is deterministic', () => {
    expect(clean(doc)).toEqual(clean(doc));
  });

  it('keep option keeps a kind', () => {
    expect(clean(doc).removed.map((r) => r.kind)).toContain('share-prompt');
    expect(clean(doc, { keep: ['share-prompt'] }).removed.map((r) => r.kind)).not.toContain('share-prompt');
  });

  it('disables a rule by id and adds a custom one', () => {
    const cleaner = createCleaner({
      rules: {
        disable: ['comment-counter/bare-count'],
        add: [{ id: 'test/harbour', kind: 'advertisement', languages: '*', description: 'test', test: (b) => (b.text.includes('harbour') ? { confidence: 0.9, reason: 'harbour' } : null) }],
      },
    });
    const r = cleaner.clean(doc);
    expect(r.removed.find((x) => x.ruleId === 'test/harbour')).toBeTruthy();
    expect(r.removed.find((x) => x.ruleId === 'comment-counter/bare-count')).toBeUndefined();
  });

  it('detect() gives offsets into text input and removes nothing', () => {
    const findings = detect(doc);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(doc.slice(f.start, f.end)).toBe(f.text);
  });

  it('detect() gives offsets into HTML input', () => {
    const html = '<p>A real paragraph of the article that talks about the harbour and the ships.</p><p>Share this article</p>';
    const [f] = detect(html);
    expect(f.kind).toBe('share-prompt');
    expect(html.slice(f.start, f.end)).toBe('Share this article');
  });

  it('sanitises html output', () => {
    const r = clean('<p onclick="x()">A paragraph <a href="javascript:alert(1)">link</a><script>alert(1)</script></p><iframe src="https://x"></iframe>');
    expect(r.html).not.toMatch(/script|onclick|javascript:|iframe/i);
    expect(r.html).toContain('A paragraph');
  });

  it('resolves relative links against options.url', () => {
    const r = clean('<p>See <a href="/report">the report</a> for the numbers.</p>', { url: 'https://news.example/a/b' });
    expect(r.html).toContain('href="https://news.example/report"');
  });

  it('keeps the structure of an HTML fragment', () => {
    const html = '<h2>Heading</h2><p>Text with <em>emphasis</em> and <strong>weight</strong>.</p><ul><li>one</li><li>two</li></ul><blockquote>Quote</blockquote><table><tr><td>cell</td></tr></table><figure><img src="https://x/y.png" alt="y"><figcaption>Caption</figcaption></figure>';
    const out = clean(html).html;
    for (const tag of ['<h2>', '<em>', '<strong>', '<ul>', '<li>', '<blockquote>', '<table>', '<td>', '<figure>', '<img', '<figcaption>']) expect(out).toContain(tag);
  });
});
