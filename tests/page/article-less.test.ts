import { describe, expect, it } from 'vitest';
import { judgeBlock, type BlockText } from '../../src/page/block-quality.js';
import { stopwordFloor } from '../../src/page/article-less.js';
import { stopwordsFor } from '../../src/page/language.js';

// A long paragraph where a quarter of the words are stopwords: ordinary news prose in a language
// without article words, a list of names and titles in one with them.
const block: BlockText = { chars: 900, linkChars: 0, words: 130, stopwords: 33, punctuation: 14 };

describe('stopword share of prose in languages without articles', () => {
  it('reads the paragraph as prose in Polish and Russian', () => {
    for (const lang of ['pl', 'ru']) {
      expect(judgeBlock(block, { lang, stopwords: stopwordsFor(lang), unspaced: false }).prose).toBe(true);
    }
  });

  it('still reads it as no prose in German and English', () => {
    for (const lang of ['de', 'en']) {
      expect(judgeBlock(block, { lang, stopwords: stopwordsFor(lang), unspaced: false }).prose).toBe(false);
    }
  });

  it('keeps the common floor for unknown languages', () => {
    expect(stopwordFloor(undefined)).toBe(stopwordFloor('de'));
    expect(stopwordFloor('pl')).toBeLessThan(stopwordFloor('de'));
  });
});
