import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classOf, STORED_CLASS, tokenListValue } from '../../src/parse/class-attribute.js';
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
    for (const raw of ['', 'a', ' a', 'a  b', 'a\u00a0b a', '\n b \t c b ']) {
      const el = parseHTML('<p></p>').document.querySelector('p')!;
      el.setAttribute('class', raw);
      expect(tokenListValue(raw)).toBe(el.getAttribute('class'));
    }
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
});
