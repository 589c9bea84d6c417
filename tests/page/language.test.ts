import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerWords, resolveLanguage, WORD } from '../../src/page/language.js';

const SPANISH = 'El ayuntamiento aprobó el martes un plan para reparar el viejo puente del río, que lleva dos años cerrado al tráfico. Los vecinos dicen que la obra llega tarde, pero que es una buena noticia para los comercios del centro, que han perdido clientes desde que se cerró el paso. La obra durará seis meses y se pagará con fondos de la provincia y del propio municipio.';
const ENGLISH = 'The town council approved a plan on Tuesday to repair the old bridge over the river, which has been closed to traffic for two years. Residents say the work comes late, but that it is good news for the shops in the centre, which have lost customers since the crossing was shut.';

describe('resolveLanguage', () => {
  it('keeps a declared language the text agrees with', () => {
    expect(resolveLanguage('en-GB', ENGLISH).lang).toBe('en');
  });

  it('overrides a template lang="en" on a page written in Spanish, though English stopwords cover much of it', () => {
    expect(resolveLanguage('en', SPANISH).lang).toBe('es');
  });

  it('trusts the declared language when the sample is too short to tell', () => {
    expect(resolveLanguage('de', 'Startseite Kontakt').lang).toBe('de');
  });
});

describe('the word and script scans of the language guess', () => {
  it('finds the same words in ASCII and in other text as the Unicode word pattern', () => {
    const char = fc.constantFrom(...'ab Z9-\u00e9\u00df\u0416\u4e2d\u00a0\u2019.'.split(''), '\u{20000}');
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }), (cs) => {
      const lower = cs.join('').toLowerCase();
      expect(lowerWords(lower)).toEqual(lower.match(WORD));
    }), { numRuns: 2000 });
  });

  it('counts a character outside the Basic Multilingual Plane once (a surrogate pair)', () => {
    // Han characters of Extension B: two code units each, one character each for the unspaced share.
    const han = '\u{20000}\u{20001}\u{20002}'.repeat(20);
    expect(resolveLanguage(undefined, `${han} some latin words`).unspaced).toBe(true);
  });
});
