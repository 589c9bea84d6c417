import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPage, pagesWith, unionPages } from '../../src/memory/page-set.js';
import { pageKey } from '../../src/memory/page-key.js';
import { hash53 } from '../../src/memory/hash.js';

const smallest = (ids: number[], k: number) => [...new Set(ids)].sort((a, b) => a - b).slice(0, k);
const build = (ids: number[], k: number) => ids.reduce((set, id) => addPage(set, id, k), [] as readonly number[]);
const ids = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 });
const k = fc.integer({ min: 1, max: 6 });

describe('page sets (the k smallest page hashes)', () => {
  it('hold the k smallest ids whatever the order they came in', () => {
    fc.assert(fc.property(ids, k, (xs, n) => {
      expect(build(xs, n)).toEqual(smallest(xs, n));
      expect(build([...xs].reverse(), n)).toEqual(smallest(xs, n));
    }));
  });

  it('merge exactly: the union of two sets is the set of the concatenated pages', () => {
    fc.assert(fc.property(ids, ids, k, (a, b, n) => {
      expect(unionPages(build(a, n), build(b, n), n)).toEqual(smallest([...a, ...b], n));
      expect(unionPages(build(a, n), build(b, n), n)).toEqual(unionPages(build(b, n), build(a, n), n));
    }));
  });

  it('count the current page once, up to the limit', () => {
    expect(pagesWith([1, 2], 2, 3)).toBe(2);
    expect(pagesWith([1, 2], 9, 3)).toBe(3);
    expect(pagesWith([1, 2, 3], 9, 3)).toBe(3);
    expect(pagesWith([], 9, 3)).toBe(1);
  });
});

describe('page keys', () => {
  it('take the host without www. as the site and ignore the fragment', () => {
    const a = pageKey('https://www.News.example/a?x=1#top')!;
    expect(a.site).toBe('news.example');
    expect(a).toEqual(pageKey('https://news.example/a?x=1'));
    expect(pageKey('https://news.example/b')!.page).not.toBe(a.page);
  });

  it('are null for missing, relative or non-web URLs', () => {
    for (const url of [undefined, '', '/a/b', 'not a url', 'file:///etc/passwd', 'mailto:x@y.z']) expect(pageKey(url)).toBeNull();
  });

  it('hash to stable safe integers', () => {
    expect(hash53(' share this ')).toBe(hash53(' share this '));
    expect(Number.isSafeInteger(hash53('x'.repeat(1000)))).toBe(true);
    expect(hash53('a')).not.toBe(hash53('b'));
  });
});
