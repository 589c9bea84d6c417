import { QuoteType } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { capNesting, MAX_NESTING } from '../../src/parse/cap-depth.js';
import { decodedAttributeValue } from '../../src/parse/attribute-value.js';
import { parseDocument, parseFragment } from '../../src/parse/html.js';
import { jsonLdObjects } from '../../src/page/json-ld.js';

describe('attribute values the parser pre-pass reads are decoded as the tree builder decodes them', () => {
  it('decodes character references in every quoting, and leaves plain values alone', () => {
    expect(decodedAttributeValue('tr&#117;e', QuoteType.Double)).toBe('true');
    expect(decodedAttributeValue('a &quot;b&quot;', QuoteType.Single)).toBe('a "b"');
    expect(decodedAttributeValue('x&amp;y', QuoteType.Unquoted)).toBe('x&y');
    // Legacy references without `;` stay as written before a letter, in attributes only: as linkedom has them.
    for (const raw of ['&notit; &unknown;', '&not &amp=1 &#x41', 'a&lt;b']) {
      const p = parseFragment(`<p title="${raw}">x</p>`).querySelector('p')!;
      expect(decodedAttributeValue(raw, QuoteType.Double)).toBe(p.getAttribute('title'));
    }
    const plain = 'application/ld+json';
    expect(decodedAttributeValue(plain, QuoteType.Double)).toBe(plain);
  });

  it('keeps a JSON-LD script whose type is written with character references', () => {
    const html = '<head><script type="application/ld&#43;json">{"@type":"NewsArticle","headline":"Spelled out"}</script></head><body><p>x</p></body>';
    expect(jsonLdObjects(parseDocument(html))).toEqual([{ '@type': 'NewsArticle', headline: 'Spelled out' }]);
  });

  it('drops a hidden element past the nesting cap when aria-hidden is written with character references', () => {
    const deep = '<div>'.repeat(MAX_NESTING + 5);
    const html = `${deep}<p>visible words here</p><div aria-hidden="&#x74;rue">concealed words</div><p>more visible words</p>`;
    expect(capNesting(html)).not.toContain('concealed words');
    const r = extract(`<html><body>${html}</body></html>`);
    expect(r.text).not.toContain('concealed words');
  });
});
