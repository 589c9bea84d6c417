import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';
import { capNesting, MAX_NESTING } from '../../src/parse/cap-depth.js';
import { parseDocument } from '../../src/parse/html.js';
import { cpuTime, expectLinear, letters, visibleText } from './helpers.js';

/** Deepest element nesting of a parsed document, counted without recursion. */
function maxDepth(doc: string | Document): number {
  const document = typeof doc === 'string' ? parseHTML(doc).document : doc;
  let deepest = 0;
  const stack: [Node, number][] = [[document, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return deepest;
}

describe('capNesting', () => {
  it('returns ordinary markup unchanged (the same string)', () => {
    const pages = [
      '<p>one<p>two<p>three',
      '<ul>' + '<li>item'.repeat(5000) + '</ul>', // implied closes keep this flat
      '<table>' + '<tr><td>a<td>b'.repeat(3000) + '</table>',
      '<div>'.repeat(900) + 'deep but under the cap' + '</div>'.repeat(900),
      '<p>' + 'word <b>bold</b> <br> '.repeat(5000),
      '<select>' + '<option>x'.repeat(4000) + '</select>',
    ];
    for (const html of pages) expect(capNesting(html) === html).toBe(true);
  });

  it('caps 5,000 nested elements of many shapes at the limit, keeping the text', () => {
    const n = 5_000;
    const shapes: [string, string][] = [
      ['div', '<div>'.repeat(n) + 'deep text' + '</div>'.repeat(n)],
      ['unclosed div', '<div>'.repeat(n) + 'deep text'],
      ['span', '<span>'.repeat(n) + 'deep text' + '</span>'.repeat(n)],
      ['unclosed b', '<b>x '.repeat(n)],
      ['mixed', '<div><section><ul><li><blockquote><span><em>'.repeat(n / 7) + 'deep text'],
      ['svg', '<svg>'.repeat(n) + '<g/>'.repeat(10) + 'deep text'],
      ['table', '<table><tr><td>'.repeat(n / 3) + 'deep text'],
      ['attributes', '<div class="a" id="b" data-x=">">'.repeat(n) + 'deep text'],
      ['uppercase', '<DIV>'.repeat(n) + 'deep text' + '</DiV>'.repeat(n)],
    ];
    for (const [name, html] of shapes) {
      const capped = capNesting(html);
      const { document } = parseHTML(capped);
      expect(maxDepth(document), name).toBeLessThanOrEqual(MAX_NESTING + 3);
      const visible = visibleText(document);
      if (name === 'unclosed b') expect(letters(visible), name).toBe('x'.repeat(n));
      else if (name === 'svg') expect(visible, name).not.toContain('deep text'); // svg text is not article text
      else expect(visible.trim(), name).toBe('deep text');
    }
  });

  it('drops invisible elements past the cap whole: no script source or hidden text becomes article text', () => {
    const deep = '<div>'.repeat(MAX_NESTING + 5);
    const html = `${deep}<p>kept words</p><script>var secret = "<div>";</script><style>p{}</style><template><p>template words</p></template><span hidden>hidden words</span><div aria-hidden="true">aria words</div><svg><text>svg words</text></svg><title>title words</title><p>more kept words</p>`;
    const r = clean(html);
    expect(r.text).toContain('kept words');
    expect(r.text).toContain('more kept words');
    expect(r.text).not.toMatch(/secret|template words|hidden words|aria words|svg words|title words|p\{\}/);
  });

  it('a closing tag past the cap closes the element it closed before: text after the deep part is not swallowed', () => {
    const html = '<article><p>First paragraph of the report, long enough to be kept as article text.</p>' + '<div>'.repeat(3000) + 'middle text' + '</div>'.repeat(3000) + '<p>Last paragraph of the report, also long enough to be kept as article text.</p></article>';
    const { document } = parseHTML(`<html><body>${capNesting(html)}</body></html>`);
    const last = Array.from(document.querySelectorAll('p') as ArrayLike<Element>).pop()!;
    expect(last.textContent).toMatch(/^Last paragraph/);
    expect(last.parentElement!.tagName).toBe('ARTICLE');
  });

  it('keeps entities apart when a tag between them goes', () => {
    const html = '<i>'.repeat(MAX_NESTING + 2) + 'AT&amp;T &am<b>p; &#3<i>8;';
    const { document } = parseHTML(capNesting(html));
    // As uncapped: `&#3` before a tag is a (legacy) character reference, `&am` is text.
    expect(document.documentElement.textContent).toContain('AT&T &amp; \u00038;');
  });

  it('matches an uncapped parse exactly when nothing goes past the cap, and caps it otherwise (differential, small cap)', () => {
    const tag = fc.constantFrom('div', 'p', 'span', 'b', 'li', 'ul', 'td', 'tr', 'table', 'svg', 'math', 'mi', 'title', 'option', 'select', 'section', 'a', 'dd', 'dt', 'h2');
    const token = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      tag.map((t) => `<${t}/>`),
      fc.constantFrom('<br>', '<hr>', '<img src=x>', '<input>', '</br>', '</p>', '<!-- c -->', '<script>s<div></script>', '<span hidden>h</span>', '<p aria-hidden="true">', '&amp;', '&am', 'p;'),
      fc.stringMatching(/^[a-z]{1,6}$/).map((w) => ` ${w} `),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), fc.integer({ min: 2, max: 12 }), (tokens, cap) => {
        const html = `<html><body>${tokens.join('')}</body></html>`;
        const capped = capNesting(html, cap);
        if (capped === html) return;
        expect(maxDepth(capped)).toBeLessThanOrEqual(cap + 1);
        // Dropped tags change structure, never the visible letters outside invisible elements.
        expect(letters(visibleText(capped))).toBe(letters(visibleText(html)));
      }),
      { numRuns: Number(process.env.CAP_RUNS ?? 400), seed: Number(process.env.CAP_SEED ?? 20240607) },
    );
  });
});

describe('deep nesting through the whole pipeline', () => {
  it('50,000 nested elements: clean() and extract() return the text', () => {
    const html = '<div>'.repeat(50_000) + 'The deep sentence survives the nesting.' + '</div>'.repeat(50_000);
    expect(clean(html).text).toBe('The deep sentence survives the nesting.');
    expect(extract(`<html><body>${html}</body></html>`).text).toBe('The deep sentence survives the nesting.');
  });

  it('time grows linearly with depth (CPU time at n and 4n)', () => {
    const nested = (n: number) => '<div>'.repeat(n) + 'deep text' + '</div>'.repeat(n);
    expectLinear('parseDocument, nested divs', (n) => parseDocument(nested(n)), 10_000);
    expectLinear('extract, unclosed inline tags', (n) => extract('<html><body><p>' + '<b>x '.repeat(n)), 4_000);
    expectLinear('clean, content at the cap', (n) => clean('<div>'.repeat(MAX_NESTING - 2) + '<b>x</b> '.repeat(n)), 2_000);
    expectLinear('capNesting, stray closing tags past the cap', (n) => capNesting('<div>'.repeat(MAX_NESTING + 10) + 'x' + '</x>'.repeat(n)), 20_000);
  });

  it('50,000 levels cost about what 1,000 do, give or take the markup', () => {
    const nested = (n: number) => '<div>'.repeat(n) + 'deep text' + '</div>'.repeat(n);
    clean(nested(1000));
    const t50k = cpuTime(() => clean(nested(50_000)), 1);
    expect(t50k).toBeLessThan(2000); // 3.5–6 s of CPU before the cap, about 0.5 s with it
  });
});
