import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS } from '../src/phrases/function-words.js';
import { guessLanguage, MAYBE_NON_LATIN_UNITS } from '../src/features/language.js';

describe('guessLanguage', () => {
  it('tells languages by their function words, with or without curly quotes', () => {
    expect(guessLanguage('The mayor said that the work would start after the vote, which was held on Monday.')).toBe('en');
    expect(guessLanguage('“The mayor said that the work would start after the vote,” which was held on Monday.')).toBe('en');
    expect(guessLanguage('Der Bürgermeister sagte, dass die Arbeiten nach der Abstimmung beginnen und nicht mehr warten.')).toBe('de');
  });

  it('tells Italian and Turkish from two sentences of news', () => {
    // Italian shares "il", "di" and "e" with its neighbours; Turkish, agglutinative, has few separate function words.
    expect(guessLanguage("La banca ha alzato mercoledì i tassi di un quarto di punto, citando l'inflazione nei servizi. Nuovi aumenti sono possibili, hanno detto i funzionari.")).toBe('it');
    expect(guessLanguage('Merkez bankası faiz oranlarını çeyrek puan artırdı; bu, bu yılki üçüncü artış oldu ve enflasyona işaret edildi. Yetkililer, yeni artışların mümkün olduğunu söyledi.')).toBe('tr');
  });

  it('tells a script that names its language', () => {
    expect(guessLanguage('東京の天気は晴れです。明日もいい天気になるでしょう。')).toBe('ja');
    expect(guessLanguage('서울의 날씨는 맑습니다. 내일도 좋은 날씨가 될 것입니다.')).toBe('ko');
  });

  it('gives no guess on thin evidence', () => {
    expect(guessLanguage('Breaking news')).toBeUndefined();
    expect(guessLanguage('12345 — 678')).toBeUndefined();
  });

  it('the quick non-Latin test lets every letter outside the Latin script through', () => {
    const maybe = new RegExp(`^[${MAYBE_NON_LATIN_UNITS}]`);
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (/[^\p{Script=Latin}\P{L}]/u.test(ch) && !maybe.test(ch)) throw new Error(`U+${c.toString(16)} is not in MAYBE_NON_LATIN_UNITS`);
    }
  });

  it('reads function words alike on every path: a-z only, letters beyond ASCII, and with surrogates', () => {
    // A lone surrogate at the end is no letter and ends no word differently, but sends the guess
    // down the plain regex path: each text must be guessed the same with and without it.
    const words = [...Object.values(FUNCTION_WORDS).flat(), 'straße', 'ünd', 'ça', 'e\u0301st', 'x', 'tambiénes', '東京', '3'];
    const gaps = [' ', ', ', '. ', '-', '’', '\u00a0', '7'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 40 }).map((a) => a.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, (t) => { expect(guessLanguage(t)).toBe(guessLanguage(t + '\ud800')); }), { numRuns: 3000 });
  });
});
