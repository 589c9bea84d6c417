import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gluedJoins, mayHaveGluedJoin } from '../../src/segment/glued-joins.js';

const collapse = (s: string): string => s.replace(/[^\S\uFEFF]+/g, ' ');

describe('mayHaveGluedJoin', () => {
  it('is false only for text without glued joins, before and after white space is collapsed', () => {
    const char = fc.constantFrom(...'abcXYZ. \n\t\u00a0\u2003\ufeff”!'.split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }), (cs) => {
      const raw = cs.join('');
      expect(mayHaveGluedJoin(collapse(raw))).toBe(mayHaveGluedJoin(raw));
      if (!mayHaveGluedJoin(raw)) expect(gluedJoins(collapse(raw))).toEqual([]);
    }), { numRuns: 3000 });
  });

  it('is true where a lowercase word runs into a capitalised one or a sentence into the next', () => {
    expect(mayHaveGluedJoin('news agenciesSocial media')).toBe(true);
    expect(mayHaveGluedJoin('he said.Then')).toBe(true);
    expect(mayHaveGluedJoin('plain words, nothing glued.')).toBe(false);
  });
});
