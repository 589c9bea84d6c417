import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';
import { multiset, visibleText, words } from './helpers.js';

const WORDS = ['river', 'council', 'said', 'the', 'on', 'Monday', 'bridge', 'would', 'reopen', 'after', 'repairs', 'mayor', 'budget', 'of', 'and', 'Zürich', 'Łódź', 'naïve', 'McDonald', 'iPhone', 'agencies', '2024', 'O\'Neill', 'co-op'];
const BOILERPLATE = [
  'Share this article', '0 Comments', 'Source: Example Wire and agencies', 'Follow us on Twitter', 'Sign up for our newsletter',
  '(With input from news agency language)', 'Advertisement', 'Related articles', '© 2024 Example Press. All rights reserved.',
  'Radio is loud.', 'Radio is free.', 'Radio is you.', 'Read more', 'Tags: politics, bridges', 'We use cookies to improve your experience.',
  'Sh\u00ADare this art\u200Bicle', 'Subscribe to continue reading',
];
const HINTS = ['share', 'newsletter', 'related', 'comments', 'sidebar', 'nav', 'footer', 'article-body', 'content', 'ad', 'promo', 'byline', 'tags'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 24 }).map((ws) => {
  const s = ws.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
});
const text = fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: fc.constantFrom(...BOILERPLATE) });
const attrs = fc.option(fc.constantFrom(...HINTS), { nil: undefined }).map((h) => (h ? ` class="${h}"` : ''));

/** Article-like HTML: blocks, inline wrappers, links, lists, tables, headings, line breaks. */
const node: fc.Memo<string> = fc.memo((depth) => {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom('a', 'b', 'em', 'span', 'strong')).map(([t, tag]) => (tag === 'a' ? `<a href="/x">${t}</a>` : `<${tag}>${t}</${tag}>`)) },
    { weight: 1, arbitrary: fc.constant('<br>') },
  );
  if (depth <= 1) return leaf;
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('p', 'div', 'section', 'blockquote', 'h2', 'h3', 'aside', 'footer', 'figure', 'figcaption'), attrs, fc.array(node(depth - 1), { minLength: 1, maxLength: 4 }))
        .map(([tag, a, kids]) => `<${tag}${a}>${kids.join(' ')}</${tag}>`),
    },
    { weight: 1, arbitrary: fc.tuple(attrs, fc.array(node(depth - 1), { minLength: 1, maxLength: 4 })).map(([a, kids]) => `<ul${a}>${kids.map((k) => `<li>${k}</li>`).join('')}</ul>`) },
    { weight: 1, arbitrary: fc.array(node(depth - 1), { minLength: 1, maxLength: 3 }).map((kids) => `<table><tr>${kids.map((k) => `<td>${k}</td>`).join('')}</tr></table>`) },
  );
});
const fragment = fc.array(node(4), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('\n'));
const page = fc.tuple(fragment, fragment, fragment).map(
  ([head, body, tail]) => `<!doctype html><html><head><title>Bridge</title></head><body><nav>${head}</nav><main><article>${body}</article></main><footer>${tail}</footer></body></html>`,
);

/**
 * Input words (a multiset) missing from text + removed. A word glued to the next one
 * (`articleShare`) may come back cut where the glued-join repair cut it (`article`, `Share`).
 */
function missing(inputText: string, r: { text: string; removed: { text: string }[] }): string[] {
  const have = multiset([...words(r.text), ...r.removed.flatMap((x) => words(x.text))]);
  const take = (w: string): boolean => {
    const n = have.get(w) ?? 0;
    if (!n) return false;
    have.set(w, n - 1);
    return true;
  };
  const raw = (inputText.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []);
  const rest = raw.filter((w) => !take(w.toLowerCase()));
  // A glued word comes back as pieces cut at some of its lower-to-upper joins (`articleMcDonald`:
  // `article` + `McDonald`): try every choice of cuts.
  const glued = (w: string): boolean => {
    const pieces = w.split(/(?<=\p{Ll})(?=\p{Lu})/u);
    for (let mask = 0; mask < 1 << (pieces.length - 1); mask++) {
      const parts: string[] = [pieces[0]];
      for (let i = 1; i < pieces.length; i++) {
        if (mask & (1 << (i - 1))) parts.push(pieces[i]);
        else parts[parts.length - 1] += pieces[i];
      }
      const need = multiset(parts.map((p) => p.toLowerCase()));
      if ([...need].every(([p, n]) => (have.get(p) ?? 0) >= n)) {
        for (const p of parts) take(p.toLowerCase());
        return true;
      }
    }
    return false;
  };
  return rest.filter((w) => !glued(w));
}

describe('nothing lost: every visible word ends up in text or in removed', () => {
  it('clean() on generated HTML fragments', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        expect(missing(visibleText(html), clean(html))).toEqual([]);
      }),
      { numRuns: Number(process.env.LOSSLESS_RUNS ?? 100), seed: 1337 + Number(process.env.LOSSLESS_SEED ?? 0) },
    );
  });

  it('extract() on generated pages (page-level removals count)', () => {
    fc.assert(
      fc.property(page, (html) => {
        expect(missing(visibleText(html), extract(html))).toEqual([]);
      }),
      { numRuns: Number(process.env.LOSSLESS_RUNS ?? 50), seed: 4242 + Number(process.env.LOSSLESS_SEED ?? 0) },
    );
  });

  it('clean() on generated text, every line terminator', () => {
    const doc = fc.array(fc.tuple(text, fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028', '\f', '')), { maxLength: 20 }).map((p) => p.map(([l, s]) => l + s).join(''));
    fc.assert(
      fc.property(doc, (input) => {
        expect(missing(input, clean(input, { format: 'text' }))).toEqual([]);
      }),
      { numRuns: 150, seed: 99 },
    );
  });
});
