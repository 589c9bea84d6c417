import type { ArticleKind } from '../types.js';
import { ANY_WORDS, compilePattern, MAX_SKIPPED_WORDS, NUMBER, openingTokens, type Element } from './compile.js';
import type { PhraseFile } from './define.js';

export interface PhraseHit {
  kind: ArticleKind;
  lang: string;
  group: string;
  /** Where the match starts in the normal form, and how many characters it covers. */
  at: number;
  length: number;
}

interface Phrase {
  kind: ArticleKind;
  lang: string;
  group: string;
  atEnd: boolean;
  elements: Element[];
  /** Words of which at least one must be in the block for the phrase to match: a cheap first test. */
  needs: readonly string[] | null;
}

const DIGITS = /^\d+$/;

/**
 * The required element (other than the opening one) with the fewest alternatives that all open
 * with a literal word: a block lacking all of those words cannot match.
 */
function neededWords(elements: readonly Element[]): string[] | null {
  let best: string[] | null = null;
  elements.forEach((e, i) => {
    if (i === 0 || e.optional) return;
    const firsts = e.alternatives.map((a) => a[0]);
    if (firsts.some((t) => t === NUMBER || t === ANY_WORDS)) return;
    if (!best || firsts.length < best.length) best = firsts;
  });
  return best;
}

function tokenMatches(token: string, word: string): boolean {
  return token === NUMBER ? DIGITS.test(word) : token === word;
}

/** End positions reachable by reading `seq` from each position in `from`. */
function advance(seq: readonly string[], from: readonly number[], words: readonly string[]): number[] {
  let at = from;
  for (const token of seq) {
    const next: number[] = [];
    for (const p of at) {
      if (token === ANY_WORDS) {
        for (let s = 0; s <= MAX_SKIPPED_WORDS && p + s <= words.length; s++) next.push(p + s);
      } else if (p < words.length && tokenMatches(token, words[p])) {
        next.push(p + 1);
      }
    }
    if (!next.length) return next;
    at = next;
  }
  return at as number[];
}

/** The furthest end of `phrase` read from `start`, or -1. Position sets stay tiny: wildcards skip at most 3. */
function longestMatch(phrase: Phrase, start: number, words: readonly string[]): number {
  let at = [start];
  for (const e of phrase.elements) {
    const next = new Set<number>(e.optional ? at : []);
    for (const alt of e.alternatives) for (const end of advance(alt, at, words)) next.add(end);
    if (!next.size) return -1;
    at = [...next];
  }
  let best = -1;
  for (const end of at) if ((!phrase.atEnd || end === words.length) && end > best) best = end;
  return best;
}

/**
 * All phrase data of every language and kind, indexed by the words each pattern can open with.
 * A block is read once: at each word only the patterns that can start there are tried, so the cost
 * grows with the block's length and not with the size of the data.
 */
export class PhraseMatcher {
  private readonly anchored = new Map<string, Phrase[]>();
  private readonly floating = new Map<string, Phrase[]>();
  readonly kinds: readonly ArticleKind[];

  constructor(files: readonly PhraseFile[]) {
    const kinds = new Set<ArticleKind>();
    for (const file of files) {
      kinds.add(file.kind);
      for (const group of file.groups) {
        for (const pattern of group.patterns) {
          const { atStart, atEnd, elements } = compilePattern(pattern);
          const phrase: Phrase = { kind: file.kind, lang: file.lang, group: group.id, atEnd, elements, needs: neededWords(elements) };
          const index = atStart ? this.anchored : this.floating;
          for (const token of openingTokens(elements)) {
            const list = index.get(token) ?? [];
            list.push(phrase);
            index.set(token, list);
          }
        }
      }
    }
    this.kinds = [...kinds];
  }

  /**
   * The leftmost hit of each kind in `normalised` (the output of normaliseForMatch); at the same
   * word the longest wins, then data order.
   */
  matchAll(normalised: string): Map<ArticleKind, PhraseHit> {
    const hits = new Map<ArticleKind, PhraseHit>();
    const text = normalised.trim();
    if (!text) return hits;
    const words = text.split(' ');
    let present: Set<string> | null = null;
    let found: { phrase: Phrase; end: number }[] = [];
    const anyOpeners = this.floating.get(ANY_WORDS);
    const numberOpeners = this.floating.get(NUMBER);

    const tryList = (list: Phrase[] | undefined, start: number): void => {
      if (!list) return;
      for (const phrase of list) {
        if (hits.has(phrase.kind)) continue;
        if (phrase.needs) {
          present ??= new Set(words);
          if (!phrase.needs.some((w) => present!.has(w))) continue;
        }
        const end = longestMatch(phrase, start, words);
        if (end > start) found.push({ phrase, end });
      }
    };

    let offset = 1; // the normal form opens with a space: word `start` begins at `offset`
    for (let start = 0; start < words.length; start++) {
      const word = words[start];
      if (start === 0) {
        tryList(this.anchored.get(word), 0);
        if (DIGITS.test(word)) tryList(this.anchored.get(NUMBER), 0);
        tryList(this.anchored.get(ANY_WORDS), 0);
      }
      tryList(this.floating.get(word), start);
      if (numberOpeners && DIGITS.test(word)) tryList(numberOpeners, start);
      tryList(anyOpeners, start);
      if (found.length) {
        found.sort((a, b) => b.end - a.end);
        for (const { phrase, end } of found) {
          if (hits.has(phrase.kind)) continue;
          let length = 1;
          for (let k = start; k < end; k++) length += words[k].length + 1;
          hits.set(phrase.kind, { kind: phrase.kind, lang: phrase.lang, group: phrase.group, at: offset - 1, length });
        }
        found = [];
      }
      offset += word.length + 1;
    }
    return hits;
  }

  /** The leftmost phrase of `kind` in `normalised`, or null. */
  match(kind: ArticleKind, normalised: string): PhraseHit | null {
    return this.matchAll(normalised).get(kind) ?? null;
  }
}
