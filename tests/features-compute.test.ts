import { describe, expect, it } from 'vitest';
import { buildEngine } from '../src/cleaner/engine.js';
import { computeFeatures } from '../src/features/compute.js';
import { stopwordSet, stopwordShareOfWords } from '../src/features/stopwords.js';
import { normaliseForMatch, normalisedWords } from '../src/phrases/normalise.js';
import { splitLines } from '../src/parse/lines.js';
import { textBlocks } from '../src/segment/text-blocks.js';

describe('computeFeatures', () => {
  const text = [
    'The council said that the vote would take place after the summer.',
    'Share this article',
    'Die Straße wird über den Winter gesperrt, sagte der Bürgermeister.',
    'Share this article',
    '',
    '12345',
  ].join('\n');

  it.each(['en', 'de', undefined])('works out the stopword share when asked, as a lookup of every word would (lang %s)', (lang) => {
    const blocks = textBlocks(splitLines(text));
    const features = computeFeatures(blocks, buildEngine('test', undefined).phrases, lang);
    blocks.forEach((b, i) => {
      const share = stopwordShareOfWords(normalisedWords(b.text), stopwordSet(lang));
      expect(features[i].stopwords).toBe(share);
      expect(features[i].stopwords).toBe(share); // a second read gives the same
    });
    if (lang === 'en') expect(features[0].stopwords).toBeGreaterThan(0.3);
  });

  it('gives every block its normal form and opening, short or too long for the phrase matcher', () => {
    const long = Array.from({ length: 80 }, (_, i) => (i % 7 ? 'word' : 'Café')).join(' ');
    const lines = [long, 'Share this article', long, '½ price™ — ΟΔΟΣ', '', `${long}.`];
    const blocks = textBlocks(splitLines(lines.join('\n')));
    const features = computeFeatures(blocks, buildEngine('test', undefined).phrases, 'en');
    blocks.forEach((b, i) => {
      const words = normalisedWords(b.text);
      expect(features[i].normalised).toBe(normaliseForMatch(b.text));
      expect(features[i].opening).toBe(words.slice(0, 2).join(' '));
    });
  });

  it('opens a block of Han or kana with its first two characters as one word, as shape counts them', () => {
    const blocks = textBlocks(splitLines(['我们是勇敢的。', '（ロイター）共同', '2024年 新华社', 'Share 新华社'].join('\n')));
    const features = computeFeatures(blocks, buildEngine('test', undefined).phrases, 'zh');
    expect(features.map((f) => f.opening)).toEqual(['我们', 'ロイ', '2024 年', 'share 新']);
    expect(features[0].normalised).toBe(' 我 们 是 勇 敢 的 ');
  });
});
