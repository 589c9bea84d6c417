import { describe, expect, it } from 'vitest';
import { textShape } from '../src/features/shape.js';

describe('textShape', () => {
  it('counts words, sentences and capitals', () => {
    const s = textShape('The mayor said it. Work starts in May!');
    expect(s).toMatchObject({ words: 8, sentences: 2, sentenceEnd: true, startsLower: false });
    expect(s.capitalised).toBeCloseTo(3 / 8);
  });

  it('keeps apostrophes, hyphens and accents inside words', () => {
    expect(textShape("Don't re-open the café’s door").words).toBe(5);
    expect(textShape('Zürich, Kraków i Łódź').words).toBe(4);
  });

  it('ends sentences through closing quotes and brackets', () => {
    expect(textShape('He said: "We will rebuild."').sentenceEnd).toBe(true);
    expect(textShape('Biggest threat to government').sentenceEnd).toBe(false);
  });

  it('counts CJK characters as half words', () => {
    expect(textShape('東京都は月曜日に新しい計画を発表した。').words).toBeGreaterThanOrEqual(8);
  });

  it('sees a lowercase start and digits', () => {
    expect(textShape('«social media is curious»').startsLower).toBe(true);
    expect(textShape('0 Comments').digits).toBeCloseTo(0.1);
  });
});
