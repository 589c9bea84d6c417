import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classOf, restoreClasses, STORED_CLASS, tokenListValue } from '../../src/parse/class-attribute.js';
import { extract } from '../../src/index.js';
import type { Rule } from '../../src/index.js';
import { parseDocument, parseFragment } from '../../src/parse/html.js';
import { hintWords } from '../../src/page/hints.js';

const page = (body: string): Document => parseDocument(`<html><head></head><body>${body}</body></html>`);

describe('a page keeps its class attribute apart from linkedom\'s token lists', () => {
  it('stores class under another name, and reads it back as the token list would have it', () => {
    const div = page('<div id="d" class="  lead\tstory lead  ">x</div>').getElementById('d')!;
    expect(div.getAttributeNode('class')).toBeNull();
    expect(div.getAttributeNode(STORED_CLASS)).not.toBeNull();
    expect(classOf(div)).toBe('lead story');
    // The same value linkedom's own class attribute gives.
    const plain = parseHTML('<div class="  lead\tstory lead  "></div>').document.querySelector('div')!;
    expect(classOf(div)).toBe(plain.getAttribute('class'));
  });

  it('gives the token-list value for any white space and repetition', () => {
    const many = Array.from({ length: 12 }, (_, i) => `t${i}`);
    for (const raw of ['', 'a', ' a', 'a  b', 'a\u00a0b a', '\n b \t c b ', 'a b a', 'a b c', 'a b ', [...many, 't3'].join(' '), many.join(' ')]) {
      const el = parseHTML('<p></p>').document.querySelector('p')!;
      el.setAttribute('class', raw);
      expect(tokenListValue(raw)).toBe(el.getAttribute('class'));
    }
  });

  it('agrees with linkedom on any mix of short tokens, spaces and repeats', () => {
    const token = fc.constantFrom('a', 'b', 'cd', 'a1', 'é');
    const gap = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', ' \u2003');
    const value = fc.tuple(fc.array(fc.tuple(token, gap), { maxLength: 14 }), fc.boolean()).map(([parts, lead]) => (lead ? ' ' : '') + parts.map(([t, g]) => t + g).join(''));
    const el = parseHTML('<p></p>').document.querySelector('p')!;
    fc.assert(fc.property(value, (raw) => {
      el.setAttribute('class', raw);
      expect(tokenListValue(raw)).toBe(el.getAttribute('class'));
      expect(tokenListValue(raw.trim())).toBe(tokenListValue(raw));
    }));
  });

  it('does not read an attribute the page itself names like the stored one', () => {
    const doc = page(`<div id="a" ${STORED_CLASS}="comments">x</div><div id="b" title="t"${STORED_CLASS}="comments" class="story">y</div>`);
    expect(classOf(doc.getElementById('a')!)).toBe('');
    expect(hintWords(doc.getElementById('a')!)).toEqual(['a']);
    expect(classOf(doc.getElementById('b')!)).toBe('story');
  });

  it('reads the ordinary attribute on fragments and on trees parsed elsewhere, never the stored name', () => {
    const frag = parseFragment(`<div class="a  b">x</div><div ${STORED_CLASS}="comments">y</div>`);
    const [first, second] = Array.from(frag.querySelectorAll('div'));
    expect(classOf(first)).toBe('a b');
    expect(classOf(second)).toBe('');
    expect(classOf(parseHTML('<p class="c d"></p>').document.querySelector('p')!)).toBe('c d');
  });

  it('leaves a JSON-LD script\'s class as it is, and still reads it', () => {
    const doc = page('<script type="application/ld+json" class="meta data">{}</script><p>x</p>');
    expect(classOf(doc.querySelector('script')!)).toBe('meta data');
  });

  it('puts the page\'s class attributes back, and reads them the same after', () => {
    const doc = page(`<div id="a" class="lead  story">x</div><div id="b" ${STORED_CLASS}="own">y</div>`);
    restoreClasses(doc);
    const a = doc.getElementById('a')!;
    expect(a.getAttribute('class')).toBe('lead story');
    expect(a.getAttributeNode(STORED_CLASS)).toBeNull();
    expect(classOf(a)).toBe('lead story');
    expect(doc.querySelector('.story')).toBe(a);
    expect(classOf(doc.getElementById('b')!)).toBe('');
  });
});

describe('a caller\'s own rules see the page\'s classes as written', () => {
  const body = [
    'The harbour board voted on Tuesday to rebuild the old pier, which storms damaged twice last winter.',
    'Work is planned to begin in the spring and to last about eighteen months, the board said in a statement.',
    'Fishing crews welcomed the decision but asked that the landing steps stay open during the building work.',
  ];
  const html = `<html><body><article><h1>Pier to be rebuilt</h1>${body.map((t) => `<p>${t}</p>`).join('')}<div class="partner-note"><p>Our partners at the coastal trust helped fund this reporting series this year.</p></div></article></body></html>`;
  const partnerNote: Rule = {
    id: 'site/partner-note',
    kind: 'advertisement',
    languages: '*',
    description: 'A per-site rule: the box the site marks as a partner note.',
    test: (block) => (block.element?.closest('.partner-note') ? { confidence: 1, reason: 'partner note box' } : null),
  };

  it('matches a class selector from block.element on a whole page', () => {
    const r = extract(html, { rules: { add: [partnerNote] } });
    expect(r.text).toContain('landing steps');
    expect(r.text).not.toContain('coastal trust');
    expect(r.removed.some((x) => x.ruleId === 'site/partner-note')).toBe(true);
  });
});

