import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingWords, normalisedWords } from '../../src/phrases/normalise.js';

/**
 * normalisedWords() reads plain ASCII stretches without Unicode normalisation and sends only the
 * pieces around other characters, cut at spaces, through the full path. This reference sends the
 * whole text through the full path, as the normal form is defined: both must give the same words.
 */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const LOOKALIKES: Record<string, string> = {
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
  'т': 't', 'у': 'y', 'х': 'x', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ɡ': 'g', 'һ': 'h',
  'ԛ': 'q', 'ԝ': 'w', 'α': 'a', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
  'υ': 'u', 'χ': 'x',
};

function reference(text: string): string[] {
  const plain = text.replace(INVISIBLE, '').normalize('NFKD').toLowerCase().replace(/(?<=[a-z])\p{M}+/gu, '').normalize('NFC');
  const words = plain.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.map((w) => (/[a-z]/.test(w) && /[\u0400-\u04FF\u0370-\u03FF]/.test(w) ? [...w].map((c) => LOOKALIKES[c] ?? c).join('') : w));
}

// Code units and characters chosen to meet at piece edges: ASCII and the punctuation read
// without normalisation, accents precomposed and combining, a final sigma, dotted capital I,
// compatibility forms (™, ½, ﬁ, fullwidth, a mathematical letter), look-alikes, invisible
// characters, CJK, Hangul jamo that compose, and a lone surrogate.
const UNITS = [
  'a', 'B', 'z', '7', ' ', ' ', ' ', '  ', '-', "'", '.', ',', '<', '=', '\u00a0', '©', '«', '»', '–', '—', '‘', '’', '“', '”', '•', '…',
  'é', 'e\u0301', '\u0301', '\u0308', '\u0338', 'ß', 'Ł', 'ø', 'Σ', 'σ', 'ΑΣ', 'İ', 'ı', '™', '½', '²', 'ﬁ', 'Ａ', '𝐀', '😀',
  'а', 'о', 'с', 'ж', 'й', 'и\u0306', 'α', 'ο', 'λ', '\u00ad', '\u200b', '\u200d', '\ufeff', '\u0000', '\t', '\n',
  '東', '京', 'ᄀ', 'ᅡ', '가', '\ud800', '\u0653', 'ا',
];

describe('normalisedWords', () => {
  it('gives the words of the full normalisation of the whole text', () => {
    const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => { expect(normalisedWords(t)).toEqual(reference(t)); }), { numRuns: 30000 });
  });

  it('reads long texts with scattered accents in pieces, as the whole', () => {
    const word = fc.constantFrom('the', 'Café', 'naïve', 'Zürich', 'Σ', 'ΟΔΟΣ', 'über', 'news', 'of', '2024', 'Łódź', '™', 'x\u0301');
    const text = fc.array(word, { maxLength: 120 }).map((a) => a.join(' '));
    fc.assert(fc.property(text, (t) => { expect(normalisedWords(t)).toEqual(reference(t)); }), { numRuns: 5000 });
  });

  it('reads the first words of a text from its start as from the whole', () => {
    const word = fc.constantFrom('the', 'Café', 'Σ', 'ΟΔΟΣ', '™', 'x\u0301', '--', '', '東京', 'a'.repeat(70), 'b\u00adc', '½');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '.', '-', '')), { maxLength: 80 }).map((a) => a.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (t, n) => { expect(leadingWords(t, n)).toEqual(reference(t).slice(0, n)); }),
      { numRuns: 5000 },
    );
  });

  it('keeps the words of plain, accented and look-alike text', () => {
    expect(normalisedWords('Read more: Café ÜBER alles, ½ price™')).toEqual(['read', 'more', 'cafe', 'uber', 'alles', '1', '2', 'pricetm']);
    expect(normalisedWords('ΟΔΟΣ ΟΔΟΣ.')).toEqual(['οδος', 'οδος']);
    expect(normalisedWords('Shаre this')).toEqual(['share', 'this']);
  });
});
