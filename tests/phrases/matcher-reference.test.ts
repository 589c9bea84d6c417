import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_WORDS, compilePattern, MAX_SKIPPED_WORDS, NUMBER, openingTokens, type Element } from '../../src/phrases/compile.js';
import { PHRASE_FILES } from '../../src/phrases/index.js';
import { PhraseMatcher, type PhraseHit } from '../../src/phrases/matcher.js';
import { joinNormalForm } from '../../src/phrases/normalise.js';
import type { ArticleKind } from '../../src/types.js';

/**
 * The matcher indexes patterns by their opening word and the word they need second, and skips
 * those whose needed words the block lacks. This reference tries every pattern at every word with
 * a plain recursive reading: the index must find every hit it finds, and the same one.
 */
interface Pattern {
  kind: ArticleKind;
  lang: string;
  group: string;
  atStart: boolean;
  atEnd: boolean;
  elements: Element[];
}

const PATTERNS: Pattern[] = PHRASE_FILES.flatMap((file) =>
  file.groups.flatMap((group) =>
    group.patterns.map((source) => {
      const { atStart, atEnd, elements } = compilePattern(source);
      return { kind: file.kind, lang: file.lang, group: group.id, atStart, atEnd, elements };
    }),
  ),
);

const isNumber = (word: string) => /^\d+$/.test(word);

/** Every end of reading `tokens` from `at`. */
function readTokens(tokens: readonly string[], at: number, words: readonly string[]): number[] {
  if (!tokens.length) return [at];
  const [token, ...rest] = tokens;
  if (token === ANY_WORDS) {
    const ends: number[] = [];
    for (let skip = 0; skip <= MAX_SKIPPED_WORDS && at + skip <= words.length; skip++) ends.push(...readTokens(rest, at + skip, words));
    return ends;
  }
  if (at >= words.length) return [];
  const fits = token === NUMBER ? isNumber(words[at]) : token === words[at];
  return fits ? readTokens(rest, at + 1, words) : [];
}

/** Every end of reading `elements` from `at`. */
function readElements(elements: readonly Element[], at: number, words: readonly string[]): number[] {
  if (!elements.length) return [at];
  const [element, ...rest] = elements;
  const ends: number[] = element.optional ? readElements(rest, at, words) : [];
  for (const alt of element.alternatives) for (const mid of readTokens(alt, at, words)) ends.push(...readElements(rest, mid, words));
  return ends;
}

/** Where the matcher reads lists at a word: anchored before floating, a word opener before `#` before `*`. */
function listOrder(p: Pattern, start: number, word: string): number {
  let best = Infinity;
  for (const token of openingTokens(p.elements)) {
    const fits = token === ANY_WORDS || (token === NUMBER ? isNumber(word) : token === word);
    if (fits) best = Math.min(best, (p.atStart ? 0 : 3) + (token === ANY_WORDS ? 2 : token === NUMBER ? 1 : 0));
  }
  return start > 0 && p.atStart ? Infinity : best;
}

function referenceHits(words: readonly string[]): Map<ArticleKind, PhraseHit> {
  const hits = new Map<ArticleKind, PhraseHit>();
  let offset = 0;
  for (let start = 0; start < words.length; start++) {
    const found: { p: Pattern; end: number; order: number; place: number }[] = [];
    PATTERNS.forEach((p, place) => {
      if (hits.has(p.kind)) return;
      const order = listOrder(p, start, words[start]);
      if (order === Infinity) return;
      const ends = readElements(p.elements, start, words).filter((e) => !p.atEnd || e === words.length);
      if (ends.length) found.push({ p, end: Math.max(...ends), order, place });
    });
    found.sort((a, b) => b.end - a.end || a.order - b.order || a.place - b.place);
    for (const { p, end } of found) {
      if (hits.has(p.kind)) continue;
      hits.set(p.kind, { kind: p.kind, lang: p.lang, group: p.group, at: offset, length: words.slice(start, end).join(' ').length + 2 });
    }
    offset += words[start].length + 1;
  }
  return hits;
}

/** One random reading of a pattern: an alternative of each element, words for `*`, a number for `#`. */
const instance = (p: Pattern): fc.Arbitrary<string[]> =>
  fc.tuple(...p.elements.map((e) => fc.tuple(fc.boolean(), fc.constantFrom(...e.alternatives), fc.array(fc.constantFrom('news', 'the', 'local'), { maxLength: 3 })))).map((parts) =>
    parts.flatMap(([skip, alt, filler], k) => (skip && p.elements[k].optional ? [] : alt.flatMap((t) => (t === ANY_WORDS ? filler : t === NUMBER ? ['42'] : [t])))),
  );

const OTHER_WORDS = ['the', 'a', 'of', 'to', 'and', 'said', 'mayor', 'council', '3', '2018', 'news', 'comments', 'read', 'more', 'share', 'min'];

describe('phrase matcher index', () => {
  const matcher = new PhraseMatcher(PHRASE_FILES);

  it('finds the hits of a plain reading of every pattern at every word, in blocks built around patterns', () => {
    const block = fc
      .tuple(
        fc.array(fc.constantFrom(...OTHER_WORDS), { maxLength: 4 }),
        fc.array(fc.constantFrom(...PATTERNS).chain(instance), { minLength: 1, maxLength: 2 }),
        fc.array(fc.constantFrom(...OTHER_WORDS), { maxLength: 4 }),
      )
      .map(([before, middle, after]) => [...before, ...middle.flat(), ...after]);
    fc.assert(
      fc.property(block, (words) => {
        expect(matcher.matchAll(joinNormalForm(words))).toEqual(referenceHits(words));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the plain reading on ordinary and edge blocks', () => {
    for (const text of ['', 'the mayor said', '3 comments', 'share this article', '42 min read', 'read more', 'comments', 'the 2018 news']) {
      const words = text ? text.split(' ') : [];
      expect(matcher.matchAll(joinNormalForm(words)), text).toEqual(referenceHits(words));
    }
  });
});
