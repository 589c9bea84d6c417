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

// Arabic: tatweel and the optional marks dropped, interchangeable letter forms made one.
const ARABIC: Record<string, string> = { 'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك' };
const DROPPED = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/u;
// Arabic-Indic, Persian and Devanagari digits are ASCII digits.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966];
const HAN_OR_KANA = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]/u;

function scriptSteps(word: string): string[] {
  let out = '';
  for (const c of word) {
    if (DROPPED.test(c)) continue;
    const zero = DIGIT_ZEROS.find((z) => c.codePointAt(0)! >= z && c.codePointAt(0)! <= z + 9);
    out += zero !== undefined ? String(c.codePointAt(0)! - zero) : (ARABIC[c] ?? c);
  }
  // A run of Han or kana: one word per character, marks staying with theirs; other runs whole.
  const words: string[] = [];
  let other = '';
  for (const c of out) {
    if (HAN_OR_KANA.test(c)) {
      if (other) words.push(other);
      other = '';
      words.push(c);
    } else if (/\p{M}/u.test(c) && words.length && !other && HAN_OR_KANA.test(words[words.length - 1])) {
      words[words.length - 1] += c;
    } else {
      other += c;
    }
  }
  if (other) words.push(other);
  return words;
}

function reference(text: string): string[] {
  const plain = text.replace(INVISIBLE, '').normalize('NFKD').toLowerCase().replace(/(?<=[a-z])\p{M}+/gu, '').normalize('NFC');
  const words = plain.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words
    .map((w) => (/[a-z]/.test(w) && /[\u0400-\u04FF\u0370-\u03FF]/.test(w) ? [...w].map((c) => LOOKALIKES[c] ?? c).join('') : w))
    .flatMap(scriptSteps)
    // A time of day with an `h` between hours and minutes is the numbers around an `h`.
    .flatMap((w) => /^\d{1,2}h(\d{2})?$/.test(w) ? w.match(/\d+|h/g)! : [w]);
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
  // Arabic marks, tatweel, letter forms and digits; Devanagari signs and digits; kana, marks, Han beyond the BMP.
  'أ', 'ى', 'ی', 'ک', 'ب', '\u0640', '\u064E', '\u0651', '٣', '۴', 'ﻷ', 'क', '\u093F', '\u094D', '\u093C', '७', 'ー', 'カ', 'ｶ', 'ﾞ', '\u3099', 'の', '々', '𠀀', '2',
  // Times of day with an `h` (`10h15`, `9h`), fullwidth too.
  'h', 'H', '1', '0', 'ｈ',
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

  it('reads a time of day written with an h as its numbers around the h, as when spaced', () => {
    expect(normalisedWords('Publié le 12/04/2024 à 10h15')).toEqual(normalisedWords('Publié le 12/04/2024 à 10 h 15'));
    expect(normalisedWords('à 9h, 10H30')).toEqual(['a', '9', 'h', '10', 'h', '30']);
    expect(normalisedWords('H1N1 100h 10h150 24h/24')).toEqual(['h1n1', '100h', '10h150', '24', 'h', '24']);
  });

  it('keeps the words of plain, accented and look-alike text', () => {
    expect(normalisedWords('Read more: Café ÜBER alles, ½ price™')).toEqual(['read', 'more', 'cafe', 'uber', 'alles', '1', '2', 'pricetm']);
    expect(normalisedWords('ΟΔΟΣ ΟΔΟΣ.')).toEqual(['οδος', 'οδος']);
    expect(normalisedWords('Shаre this')).toEqual(['share', 'this']);
  });

  it('reads Devanagari signs inside words, Arabic without its optional marks, and Han and kana a character to a word', () => {
    expect(normalisedWords('(एजेंसी इनपुट के साथ)')).toEqual(['एजेंसी', 'इनपुट', 'के', 'साथ']);
    expect(normalisedWords('جميعُ الحقوقِ محفوظةٌ')).toEqual(normalisedWords('جميع الحقوق محفوظة'));
    expect(normalisedWords('المـــصدر: أ ف ب')).toEqual(['المصدر', 'ا', 'ف', 'ب']);
    expect(normalisedWords('٢٠٢٤ ۱۴۰۳ २०२४')).toEqual(['2024', '1403', '2024']);
    expect(normalisedWords('（综合外电报道）')).toEqual(['综', '合', '外', '电', '报', '道']);
    expect(normalisedWords('（ﾛｲﾀｰ）２０２４年')).toEqual(['ロ', 'イ', 'タ', 'ー', '2024', '年']);
    expect(normalisedWords('무단 전재 및 재배포 금지')).toEqual(['무단', '전재', '및', '재배포', '금지']);
  });
});
