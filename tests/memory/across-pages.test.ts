import { describe, expect, it } from 'vitest';
import { clean, createCleaner, extract, type SavedMemory } from '../../src/index.js';
import { FOOTER, PROMO, sitePages, type SitePage } from '../fixtures/site/site.js';

const PAGES = sitePages(30);
const K = 3;
const TAIL = [PROMO, FOOTER];

const repeatedTexts = (removed: { kind: string; ruleId: string; text: string }[]) =>
  removed.filter((r) => r.kind === 'repeated' && r.ruleId === 'repeated/across-pages').map((r) => r.text);

/** The memory a fresh cleaner holds after cleaning these pages in order. */
function learn(pages: readonly SitePage[], saved?: SavedMemory): SavedMemory {
  const cleaner = createCleaner({ memory: saved ?? true });
  for (const p of pages) cleaner.clean(p.fragment, { url: p.url });
  return cleaner.memory!.toJSON();
}

/** What a memory removes from each page, read without learning (detect() is a dry run). */
function removalsWith(saved: SavedMemory): string[][] {
  const cleaner = createCleaner({ memory: saved });
  return PAGES.map((p) => cleaner.detect(p.fragment, { url: p.url }).filter((f) => f.kind === 'repeated').map((f) => f.text));
}

describe('cross-page memory on a site of 30 invented pages', () => {
  it('control: without memory no rule removes the promo or the footer', () => {
    for (const p of PAGES) {
      const r = clean(p.fragment, { url: p.url });
      expect(r.removed).toEqual([]);
      expect(r.text).toContain(PROMO);
      expect(r.text).toContain(FOOTER);
    }
  });

  it('removes the promo and the footer as repeated from the K-th page on, and leaves the article alone', () => {
    const cleaner = createCleaner({ memory: { minPages: K } });
    PAGES.forEach((p, i) => {
      const r = cleaner.clean(p.fragment, { url: p.url });
      const plain = clean(p.fragment, { url: p.url });
      if (i < K - 1) {
        expect(r).toEqual(plain);
        return;
      }
      expect(repeatedTexts(r.removed)).toEqual(TAIL);
      expect(r.removed.every((x) => x.kind === 'repeated')).toBe(true);
      expect(r.text).toBe([p.title, ...p.paragraphs].join('\n\n'));
      expect(r.html).not.toContain('Marrowfield');
    });
  });

  it('does the same for whole pages through extract() and for plain text', () => {
    const pages = createCleaner({ memory: true });
    const texts = createCleaner({ memory: true });
    PAGES.forEach((p, i) => {
      const fromPage = repeatedTexts(pages.extract(p.page, { url: p.url }).removed);
      const fromText = repeatedTexts(texts.clean(p.text, { url: p.url }).removed);
      expect(fromPage).toEqual(i < K - 1 ? [] : TAIL);
      expect(fromText).toEqual(i < K - 1 ? [] : TAIL);
    });
  });

  it('honours minPages', () => {
    const cleaner = createCleaner({ memory: { minPages: 5 } });
    const firstRemoval = PAGES.findIndex((p) => repeatedTexts(cleaner.clean(p.fragment, { url: p.url }).removed).length > 0);
    expect(firstRemoval).toBe(4);
  });

  it('memories learned on two halves and merged remove exactly what one memory learned on all pages removes', () => {
    const whole = learn(PAGES);
    const first = learn(PAGES.slice(0, 15));
    const second = learn(PAGES.slice(15));
    const merged = createCleaner({ memory: first }).memory!.merge(second).toJSON();
    expect(merged).toEqual(whole);
    const expected = removalsWith(whole);
    expect(expected.every((r) => r.length === 2)).toBe(true);
    expect(removalsWith(merged)).toEqual(expected);
    // Merging the other way round changes only recency order, never what is removed.
    expect(removalsWith(createCleaner({ memory: second }).memory!.merge(first).toJSON())).toEqual(expected);
    // Merging a memory into itself is a no-op for what is removed.
    expect(removalsWith(createCleaner({ memory: whole }).memory!.merge(whole).toJSON())).toEqual(expected);
  });

  it('a block is on K pages once the halves are merged, though neither half saw it K times', () => {
    const first = learn(PAGES.slice(0, 2));
    const second = learn(PAGES.slice(2, 3));
    expect(removalsWith(first)[0]).toEqual([]);
    expect(removalsWith(second)[0]).toEqual([]);
    const merged = createCleaner({ memory: first }).memory!.merge(second).toJSON();
    expect(removalsWith(merged)[0]).toEqual(TAIL);
  });

  it('is deterministic and survives JSON: a restored memory goes on exactly as the original', () => {
    expect(learn(PAGES)).toEqual(learn(PAGES));
    const original = createCleaner({ memory: true });
    for (const p of PAGES.slice(0, 10)) original.clean(p.fragment, { url: p.url });
    const restored = createCleaner({ memory: JSON.parse(JSON.stringify(original.memory)) });
    for (const p of PAGES.slice(10)) {
      expect(restored.clean(p.fragment, { url: p.url })).toEqual(original.clean(p.fragment, { url: p.url }));
    }
    expect(restored.memory!.toJSON()).toEqual(original.memory!.toJSON());
  });

  it('counts a page once however often it is cleaned, and learns nothing from detect()', () => {
    const cleaner = createCleaner({ memory: true });
    for (let n = 0; n < 5; n++) cleaner.clean(PAGES[0].fragment, { url: PAGES[0].url + '#again' });
    for (const p of PAGES.slice(1, 10)) cleaner.detect(p.fragment, { url: p.url });
    expect(repeatedTexts(cleaner.clean(PAGES[1].fragment, { url: PAGES[1].url }).removed)).toEqual([]);
  });

  it('keeps sites apart and learns nothing from pages without a URL', () => {
    const cleaner = createCleaner({ memory: true });
    for (const p of PAGES.slice(0, 5)) cleaner.clean(p.fragment);
    expect(cleaner.memory!.siteCount).toBe(0);
    for (const p of PAGES.slice(0, 5)) cleaner.clean(p.fragment, { url: p.url });
    const other = sitePages(1, 'https://another.example')[0];
    expect(repeatedTexts(cleaner.clean(other.fragment, { url: other.url }).removed)).toEqual([]);
    expect(cleaner.memory!.siteCount).toBe(2);
  });

  it('never removes the article of a page that repeats one seen before (the half-of-kept-text guard)', () => {
    const cleaner = createCleaner({ memory: true });
    const story = PAGES[7];
    const copies = ['/news/a', '/amp/a', '/print/a', '/m/a'].map((path) => cleaner.clean(story.fragment, { url: `https://reprints.example${path}` }));
    for (const r of copies) expect(r.text).toBe(clean(story.fragment).text);
  });

  it('keep: ["repeated"] switches the removal off but not the learning', () => {
    const cleaner = createCleaner({ memory: true, keep: ['repeated'] });
    for (const p of PAGES.slice(0, 5)) expect(repeatedTexts(cleaner.clean(p.fragment, { url: p.url }).removed)).toEqual([]);
    expect(repeatedTexts(createCleaner({ memory: cleaner.memory!.toJSON() }).clean(PAGES[5].fragment, { url: PAGES[5].url }).removed)).toEqual(TAIL);
  });

  it('with memory off, results never depend on call order', () => {
    const cleaner = createCleaner();
    const forward = PAGES.map((p) => cleaner.clean(p.fragment, { url: p.url }));
    const backward = [...PAGES].reverse().map((p) => cleaner.clean(p.fragment, { url: p.url })).reverse();
    expect(backward).toEqual(forward);
    expect(cleaner.memory).toBeNull();
  });
});

describe('memory caps', () => {
  it('forgets the least recently seen blocks of a site first', () => {
    const cleaner = createCleaner({ memory: { maxBlocksPerSite: 4 } });
    for (const p of PAGES.slice(0, 6)) cleaner.clean(p.fragment, { url: p.url });
    const [site] = cleaner.memory!.toJSON().sites;
    expect(site.blocks.length).toBe(4);
    // The tail recurs on every page, so it is always recent and stays.
    expect(repeatedTexts(cleaner.clean(PAGES[6].fragment, { url: PAGES[6].url }).removed)).toEqual(TAIL);
  });

  it('forgets the least recently seen site first', () => {
    const cleaner = createCleaner({ memory: { maxSites: 2 } });
    for (const host of ['https://a.example', 'https://b.example', 'https://c.example']) {
      const [p] = sitePages(1, host);
      cleaner.clean(p.fragment, { url: p.url });
    }
    expect(cleaner.memory!.toJSON().sites.map((s) => s.site)).toEqual(['b.example', 'c.example']);
  });
});

describe('memory option checks', () => {
  it('rejects bad memory options with TypeErrors that name the function', () => {
    expect(() => createCleaner({ memory: 5 as never })).toThrow(/deboiler\.createCleaner\(\): expected options\.memory to be true/);
    expect(() => createCleaner({ memory: { minPages: 1 } })).toThrow(/options\.memory\.minPages to be an integer of at least 2/);
    expect(() => createCleaner({ memory: { maxSites: 1.5 } })).toThrow(TypeError);
    expect(() => createCleaner({ memory: { minpages: 3 } as never })).toThrow(/has no option "minpages"/);
    expect(() => createCleaner({ memory: { ...learn([]), version: 2 } as never })).toThrow(/version 1/);
    expect(() => createCleaner({ memory: { ...learn([]), sites: [{ site: 'x', blocks: [['a', []]] }] } as never })).toThrow(/block entries/);
    expect(() => createCleaner().clean('x', { memory: true } as never)).toThrow(/options\.memory belongs to createCleaner\(\)/);
  });

  it('refuses to merge memories with different minPages', () => {
    const three = createCleaner({ memory: true }).memory!;
    const five = createCleaner({ memory: { minPages: 5 } }).memory!;
    expect(() => three.merge(five)).toThrow(/deboiler\.memory\.merge\(\): expected a memory with minPages 3/);
  });

  it('does not learn from extract() of text without a URL either', () => {
    const cleaner = createCleaner({ memory: true });
    extract(PAGES[0].page);
    cleaner.extract(PAGES[0].page);
    expect(cleaner.memory!.siteCount).toBe(0);
  });
});
