import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/phrases/compile.js';
import { PHRASE_FILES } from '../../src/phrases/index.js';
import { WordTable } from '../../src/phrases/word-table.js';

/** The table must answer as a Map from each word to its place in the list would. */
const DATA_WORDS = [
  ...new Set(
    PHRASE_FILES.flatMap((f) => f.groups.flatMap((g) => g.patterns.flatMap((p) => compilePattern(p).elements.flatMap((e) => e.alternatives.flat())))),
  ),
];

function reference(words: readonly string[]): Map<string, number> {
  return new Map(words.map((w, i) => [w, i]));
}

describe('WordTable', () => {
  it('finds every word of the phrase data, and words not in it are missing', () => {
    const table = new WordTable(DATA_WORDS);
    const map = reference(DATA_WORDS);
    for (const w of DATA_WORDS) expect(table.id(w)).toBe(map.get(w));
    const probe = fc.oneof(fc.constantFrom(...DATA_WORDS), fc.string({ maxLength: 12 }), fc.constantFrom(...DATA_WORDS).map((w) => `${w}s`));
    fc.assert(fc.property(probe, (w) => { expect(table.id(w)).toBe(map.get(w) ?? -1); }), { numRuns: 20000 });
  });

  it('answers as a map for any list of distinct words', () => {
    const lists = fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 60 });
    fc.assert(
      fc.property(lists, fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }), (words, probes) => {
        const table = new WordTable(words);
        const map = reference(words);
        for (const w of [...words, ...probes]) expect(table.id(w)).toBe(map.get(w) ?? -1);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a word listed twice', () => {
    expect(() => new WordTable(['a', 'b', 'a'])).toThrow(/twice/);
  });
});
