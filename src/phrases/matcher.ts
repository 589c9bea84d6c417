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
  /** Read only on pages of `lang` (see PhraseGroup.ownLanguageOnly). */
  ownLanguageOnly: boolean;
  elements: Element[];
  /**
   * Per element, its one token when it is a required single word or `#` (most are), else null:
   * such an element is read without the general alternatives-and-positions walk.
   */
  single: (string | null)[];
  /**
   * Vocabulary ids of words of which at least one must be in the block for the phrase to match:
   * a cheap first test.
   */
  needs: readonly number[] | null;
  /** This phrase's kind as one bit, to tell kinds already hit without a map lookup. */
  kindBit: number;
}

/** A word of the phrase data: its id, and the patterns that open with it. */
interface Entry {
  id: number;
  anchored?: Phrase[];
  floating?: Phrase[];
}

const DIGITS = /^\d+$/;

/** `^\d+$`, with the first character tested without a regex call: most words fail there. */
function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 && DIGITS.test(word);
}

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

function singleToken(e: Element): string | null {
  if (e.optional || e.alternatives.length !== 1 || e.alternatives[0].length !== 1) return null;
  const token = e.alternatives[0][0];
  return token === ANY_WORDS ? null : token;
}

function tokenMatches(token: string, word: string): boolean {
  return token === NUMBER ? isNumber(word) : token === word;
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
  // One position while the reading has not branched (`at` null), a set of them once it has.
  let pos = start;
  let at: number[] | null = null;
  for (let k = 0; k < phrase.elements.length; k++) {
    const token = phrase.single[k];
    if (token !== null && at === null) {
      // One position and one required word: it either reads on by one word or fails, no sets.
      if (pos >= words.length || !tokenMatches(token, words[pos])) return -1;
      pos++;
      continue;
    }
    const from: number[] = at ?? [pos];
    const e = phrase.elements[k];
    const next: Set<number> = new Set(e.optional ? from : []);
    for (const alt of e.alternatives) for (const end of advance(alt, from, words)) next.add(end);
    if (!next.size) return -1;
    if (next.size === 1) {
      pos = next.values().next().value!;
      at = null;
    } else {
      at = [...next];
    }
  }
  if (at === null) return !phrase.atEnd || pos === words.length ? pos : -1;
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
  /** Every literal word of the data, with the patterns that open with it. */
  private readonly vocabulary = new Map<string, Entry>();
  /** Patterns opening with `#` or `*`, which no word lookup finds. */
  private readonly anchored = new Map<string, Phrase[]>();
  private readonly floating = new Map<string, Phrase[]>();
  /**
   * Which vocabulary words the block being read holds: `seen[id] === generation`. A new generation
   * per block clears it without a pass over the array.
   */
  private seen: Uint32Array = new Uint32Array(0);
  private generation = 0;
  readonly kinds: readonly ArticleKind[];

  constructor(files: readonly PhraseFile[]) {
    const kinds = new Set<ArticleKind>();
    for (const file of files) {
      kinds.add(file.kind);
      if (kinds.size > 31) throw new Error('PhraseMatcher: more phrase kinds than bits in a kind mask');
      const kindBit = 1 << [...kinds].indexOf(file.kind);
      for (const group of file.groups) {
        for (const pattern of group.patterns) {
          const { atStart, atEnd, elements } = compilePattern(pattern);
          for (const e of elements) for (const alt of e.alternatives) for (const token of alt) if (token !== NUMBER && token !== ANY_WORDS) this.entry(token);
          const needs = neededWords(elements)?.map((w) => this.entry(w).id) ?? null;
          const phrase: Phrase = { kind: file.kind, lang: file.lang, group: group.id, atEnd, ownLanguageOnly: group.ownLanguageOnly === true, elements, single: elements.map(singleToken), needs, kindBit };
          for (const token of openingTokens(elements)) {
            if (token === NUMBER || token === ANY_WORDS) {
              const index = atStart ? this.anchored : this.floating;
              const list = index.get(token) ?? [];
              list.push(phrase);
              index.set(token, list);
            } else {
              const entry = this.entry(token);
              (atStart ? (entry.anchored ??= []) : (entry.floating ??= [])).push(phrase);
            }
          }
        }
      }
    }
    this.seen = new Uint32Array(this.vocabulary.size);
    this.kinds = [...kinds];
  }

  private entry(word: string): Entry {
    let entry = this.vocabulary.get(word);
    if (!entry) {
      // Every field set here, so all entries share one shape and reads of them stay fast.
      entry = { id: this.vocabulary.size, anchored: undefined, floating: undefined };
      this.vocabulary.set(word, entry);
    }
    return entry;
  }

  /**
   * The leftmost hit of each kind in `normalised` (the output of normaliseForMatch); at the same
   * word the longest wins, then data order.
   */
  matchAll(normalised: string, lang?: string): Map<ArticleKind, PhraseHit> {
    const text = normalised.trim();
    return this.matchWords(text ? text.split(' ') : [], lang);
  }

  /**
   * matchAll() on the words of a normal form already split (`normalised.trim().split(' ')`). `lang`,
   * the page's language when known, leaves out the groups kept to another language.
   */
  matchWords(words: readonly string[], lang?: string): Map<ArticleKind, PhraseHit> {
    const hits = new Map<ArticleKind, PhraseHit>();
    if (!words.length) return hits;
    // One lookup per word: its entry both marks the word present and lists the patterns it opens.
    if (++this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const seen = this.seen;
    const entries: (Entry | undefined)[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const entry = this.vocabulary.get(words[i]);
      entries[i] = entry;
      if (entry) seen[entry.id] = generation;
    }
    const holdsAny = (ids: readonly number[]): boolean => {
      for (const id of ids) if (seen[id] === generation) return true;
      return false;
    };
    let found: { phrase: Phrase; end: number }[] = [];
    const anyOpeners = this.floating.get(ANY_WORDS);
    const numberOpeners = this.floating.get(NUMBER);
    let kindsHit = 0; // the kinds in `hits`, as bits

    const tryList = (list: Phrase[] | undefined, start: number): void => {
      if (!list) return;
      for (const phrase of list) {
        if (kindsHit & phrase.kindBit) continue;
        if (phrase.needs && !holdsAny(phrase.needs)) continue;
        if (phrase.ownLanguageOnly && lang && phrase.lang !== lang) continue;
        const end = longestMatch(phrase, start, words);
        if (end > start) found.push({ phrase, end });
      }
    };

    let offset = 1; // the normal form opens with a space: word `start` begins at `offset`
    for (let start = 0; start < words.length; start++) {
      const word = words[start];
      const entry = entries[start];
      // Most words open no pattern: neither in the data nor a number, and no wildcard openers.
      if (start > 0 && !entry && !anyOpeners && !(numberOpeners && isNumber(word))) {
        offset += word.length + 1;
        continue;
      }
      if (start === 0) {
        tryList(entry?.anchored, 0);
        if (isNumber(word)) tryList(this.anchored.get(NUMBER), 0);
        tryList(this.anchored.get(ANY_WORDS), 0);
      }
      tryList(entry?.floating, start);
      if (numberOpeners && isNumber(word)) tryList(numberOpeners, start);
      tryList(anyOpeners, start);
      if (found.length) {
        found.sort((a, b) => b.end - a.end);
        for (const { phrase, end } of found) {
          if (kindsHit & phrase.kindBit) continue;
          kindsHit |= phrase.kindBit;
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
  match(kind: ArticleKind, normalised: string, lang?: string): PhraseHit | null {
    return this.matchAll(normalised, lang).get(kind) ?? null;
  }
}
