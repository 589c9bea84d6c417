import { describe, expect, it } from 'vitest';
import { classOf } from '../../src/parse/class-attribute.js';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { listItems } from '../../src/page/list-items.js';
import { measurePage } from '../../src/page/text-stats.js';
import { resolveLanguage } from '../../src/page/language.js';
import { fixture, locate } from './helpers.js';

/** Whether the element or an ancestor has the class (a page keeps class apart: see class-attribute.ts). */
function insideClass(el: Element, name: string): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (classOf(e).split(' ').includes(name)) return true;
  return false;
}

/** The element chooseRoot picks, before split parts are merged. */
function chosen(doc: Document): Element {
  let el: Element | undefined;
  locateArticle(doc, {}, (t) => { el = t.records[t.chosen].el; });
  return el!;
}

describe('chooseRoot: an entry of a list does not outscore a thin article', () => {
  it('prefers a short product description to the longest of six reviews', () => {
    const el = chosen(fixture('product-reviews.html'));
    expect(insideClass(el, 'product-details')).toBe(true);
    expect(insideClass(el, 'reviews-list')).toBe(false);
  });

  // Hard negative: the article sits in one of several rows of one template, but holds most of their prose.
  it('keeps an article printed inside one of several same-class rows', () => {
    const { text } = locate('article-in-repeated-rows.html');
    expect(text).toContain('The old river ferry carried its first passengers');
    expect(text).toContain('weather permitting');
    expect(text).not.toContain('Bridge works delay buses');
  });
});

const P = (words: number) => `<p>${'plain words of a sentence that runs on. '.repeat(Math.ceil(words / 8))}</p>`;
function itemsOf(html: string): Set<string> {
  const doc = parseDocument(`<html><body>${html}</body></html>`);
  const { records } = measurePage(doc.body, { language: resolveLanguage('en', '') });
  const flags = listItems(records);
  return new Set(records.filter((_, i) => flags[i]).map((r) => r.el.getAttribute('id') ?? '').filter(Boolean));
}

describe('listItems', () => {
  const table: [string, string, string[]][] = [
    ['three same-class cards of similar prose are items',
      `<div><div class="card" id="a">${P(30)}</div><div class="card" id="b">${P(30)}</div><div class="card" id="c">${P(30)}</div></div>`, ['a', 'b', 'c']],
    ['two same-class columns are not a list',
      `<div><div class="col" id="a">${P(30)}</div><div class="col" id="b">${P(30)}</div></div>`, []],
    ['a row holding most of its siblings\' prose is the text, not an item',
      `<div><div class="row" id="a">${P(200)}</div><div class="row" id="b">${P(10)}</div><div class="row" id="c">${P(10)}</div></div>`, ['b', 'c']],
    ['paragraphs repeat inside any article: never items',
      `<div><p class="x" id="a">one sentence here.</p><p class="x" id="b">two sentence here.</p><p class="x" id="c">three sentence here.</p></div>`, []],
    ['class-less divs share only a tag: sections of one text',
      `<div><div id="a">${P(30)}</div><div id="b">${P(30)}</div><div id="c">${P(30)}</div></div>`, []],
    ['numbered classes name instances of one template: still one list',
      `<div><div class="slide slide-1" id="a">${P(30)}</div><div class="slide slide-2" id="b">${P(30)}</div><div class="slide slide-3" id="c">${P(30)}</div></div>`, ['a', 'b', 'c']],
    ['different class names beside a shared one are different things',
      `<div><div class="box intro" id="a">${P(30)}</div><div class="box body" id="b">${P(30)}</div><div class="box notes" id="c">${P(30)}</div></div>`, []],
    ['same class under different parents is no list',
      `<div><div class="card" id="a">${P(30)}</div></div><div><div class="card" id="b">${P(30)}</div></div><div><div class="card" id="c">${P(30)}</div></div>`, []],
  ];
  for (const [name, html, want] of table) it(name, () => { expect([...itemsOf(html)].sort()).toEqual(want); });
});
