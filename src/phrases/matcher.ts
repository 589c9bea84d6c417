import type { ArticleKind } from '../types.js';
import { ANY_WORDS, compilePattern, MAX_SKIPPED_WORDS, NUMBER, openingTokens, type Element } from './compile.js';
import type { PhraseFile } from './define.js';
import { WordTable } from './word-table.js';

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
  /** Per element, whether no alternative holds `*`: each then reads to one end or fails. */
  fixed: boolean[];
  /**
   * Vocabulary ids of words of which at least one must be in the block for the phrase to match:
   * a cheap first test.
   */
  needs: readonly number[] | null;
  /** This phrase's kind as one bit, to tell kinds already hit without a map lookup. */
  kindBit: number;
}

/**
 * A pattern as one opener list holds it. `rank` is its place in the order the lists are read at a
 * word (anchored before floating, word openers before `#` before `*`, then data order): among hits
 * of equal length at one word, the lowest rank wins.
 */
interface Candidate {
  phrase: Phrase;
  rank: number;
}

/**
 * The patterns that open with one token, split by the word they need next: a pattern whose second
 * word is fixed (one of a few words, see secondWords) is tried only where one of them follows,
 * which spares the tries of patterns that fail at their second word (most of them, on openers
 * like `a`, `the` or a number).
 */
interface OpenerList {
  /** Patterns with no fixed second word, tried wherever the opener stands. */
  general: Candidate[];
  /** Vocabulary id of a word -> the patterns that need it second (one of a few, for some). */
  bySecond: Map<number, Candidate[]>;
}

/** A word of the phrase data: its id, and the patterns that open with it. */
interface Entry {
  id: number;
  anchored?: OpenerList;
  floating?: OpenerList;
}

/** Order of the opener lists read at one word; a rank is `list * LIST_RANK + place in the list`. */
const enum ListOrder {
  AnchoredWord,
  AnchoredNumber,
  AnchoredAny,
  FloatingWord,
  FloatingNumber,
  FloatingAny,
}
const LIST_RANK = 2 ** 24;

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

/** Where reading the tokens of `seq` (no `*` among them) from `at` ends, or -1. */
function readFixed(seq: readonly string[], at: number, words: readonly string[]): number {
  let p = at;
  for (let t = 0; t < seq.length; t++, p++) if (p >= words.length || !tokenMatches(seq[t], words[p])) return -1;
  return p;
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
    const e = phrase.elements[k];
    if (at === null && phrase.fixed[k]) {
      // One position and no wildcard: each alternative ends at one place or fails; the distinct
      // ends without the sets of the general walk below.
      let first = e.optional ? pos : -1;
      let ends: number[] | null = null;
      for (const alt of e.alternatives) {
        const end = readFixed(alt, pos, words);
        if (end < 0 || end === first) continue;
        if (first < 0) first = end;
        else if (!ends) ends = [first, end];
        else if (!ends.includes(end)) ends.push(end);
      }
      if (first < 0) return -1;
      if (ends) at = ends;
      else pos = first;
      continue;
    }
    const from: number[] = at ?? [pos];
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
 * The words one of which must come second in any match of a pattern: the second word of each
 * alternative of its first element, or, after a one-word alternative, the opening of its second
 * element. Null when some of them is not a fixed word (a number, a wildcard, an optional element).
 */
function secondWords(elements: readonly Element[]): Set<string> | null {
  const [first, second] = elements;
  if (first.optional) return null;
  const out = new Set<string>();
  for (const alt of first.alternatives) {
    if (alt[0] === ANY_WORDS) return null;
    if (alt.length > 1) {
      out.add(alt[1]);
    } else {
      if (!second || second.optional) return null;
      for (const a of second.alternatives) out.add(a[0]);
    }
  }
  return out.has(NUMBER) || out.has(ANY_WORDS) ? null : out;
}

/** The opener list of `phrases` (in data order), read `order`-th at a word; `opener` is the token they open with. */
function openerList(phrases: readonly Phrase[], opener: string, order: ListOrder, idOf: (word: string) => number): OpenerList {
  const list: OpenerList = { general: [], bySecond: new Map() };
  phrases.forEach((phrase, place) => {
    const candidate: Candidate = { phrase, rank: order * LIST_RANK + place };
    const seconds = opener === ANY_WORDS ? null : secondWords(phrase.elements);
    if (!seconds) {
      list.general.push(candidate);
      return;
    }
    for (const word of seconds) {
      const id = idOf(word);
      const keyed = list.bySecond.get(id);
      if (keyed) keyed.push(candidate);
      else list.bySecond.set(id, [candidate]);
    }
  });
  return list;
}

/** A pattern that reads to `end` from the word being tried. */
interface Found {
  candidate: Candidate;
  end: number;
}

const byLengthThenRank = (a: Found, b: Found): number => b.end - a.end || a.candidate.rank - b.candidate.rank;

/**
 * All phrase data of every language and kind, indexed by the words each pattern can open with.
 * A block is read once: at each word only the patterns that can start there are tried, so the cost
 * grows with the block's length and not with the size of the data.
 */
export class PhraseMatcher {
  /** Every literal word of the data, with the patterns that open with it. */
  private readonly vocabulary = new Map<string, Entry>();
  /** The same words for the lookups of matchWords(), and their entries by id. */
  private readonly table: WordTable;
  private readonly byId: readonly Entry[];
  /** Patterns opening with `#` or `*`, which no word lookup finds. */
  private readonly anchoredNumber: OpenerList | undefined;
  private readonly anchoredAny: OpenerList | undefined;
  private readonly floatingNumber: OpenerList | undefined;
  private readonly floatingAny: OpenerList | undefined;
  /**
   * Which vocabulary words the block being read holds: `seen[id] === generation`. A new generation
   * per block clears it without a pass over the array.
   */
  private seen: Uint32Array = new Uint32Array(0);
  private generation = 0;
  /** Per word of the block being read, its vocabulary entry; reused from block to block. */
  private entries: (Entry | undefined)[] = [];
  /** The kinds hit so far in the block being read, as bits. */
  private kindsHit = 0;
  private found: Found[] = [];
  /** The page's language during a matchWords() call, for groups kept to their own language. */
  private lang: string | undefined = undefined;
  readonly kinds: readonly ArticleKind[];

  constructor(files: readonly PhraseFile[]) {
    const kinds = new Set<ArticleKind>();
    // Patterns per opening token, in data order, before they are split into opener lists.
    const anchored = new Map<string, Phrase[]>();
    const floating = new Map<string, Phrase[]>();
    for (const file of files) {
      kinds.add(file.kind);
      if (kinds.size > 31) throw new Error('PhraseMatcher: more phrase kinds than bits in a kind mask');
      const kindBit = 1 << [...kinds].indexOf(file.kind);
      for (const group of file.groups) {
        for (const pattern of group.patterns) {
          const { atStart, atEnd, elements } = compilePattern(pattern);
          for (const e of elements) for (const alt of e.alternatives) for (const token of alt) if (token !== NUMBER && token !== ANY_WORDS) this.entry(token);
          const needs = neededWords(elements)?.map((w) => this.entry(w).id) ?? null;
          const phrase: Phrase = { kind: file.kind, lang: file.lang, group: group.id, atEnd, ownLanguageOnly: group.ownLanguageOnly === true, elements, single: elements.map(singleToken), fixed: elements.map((e) => e.alternatives.every((alt) => !alt.includes(ANY_WORDS))), needs, kindBit };
          for (const token of openingTokens(elements)) {
            const index = atStart ? anchored : floating;
            const list = index.get(token);
            if (list) list.push(phrase);
            else index.set(token, [phrase]);
          }
        }
      }
    }
    const idOf = (word: string): number => this.entry(word).id;
    const build = (index: Map<string, Phrase[]>, token: string, order: ListOrder): OpenerList | undefined => {
      const phrases = index.get(token);
      return phrases ? openerList(phrases, token, order, idOf) : undefined;
    };
    for (const [word, entry] of this.vocabulary) {
      entry.anchored = build(anchored, word, ListOrder.AnchoredWord);
      entry.floating = build(floating, word, ListOrder.FloatingWord);
    }
    this.anchoredNumber = build(anchored, NUMBER, ListOrder.AnchoredNumber);
    this.anchoredAny = build(anchored, ANY_WORDS, ListOrder.AnchoredAny);
    this.floatingNumber = build(floating, NUMBER, ListOrder.FloatingNumber);
    this.floatingAny = build(floating, ANY_WORDS, ListOrder.FloatingAny);
    this.seen = new Uint32Array(this.vocabulary.size);
    this.table = new WordTable([...this.vocabulary.keys()]);
    this.byId = [...this.vocabulary.values()];
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
    const entries = this.entries;
    const table = this.table;
    const byId = this.byId;
    for (let i = 0; i < words.length; i++) {
      const id = table.id(words[i]);
      const entry = id >= 0 ? byId[id] : undefined;
      entries[i] = entry;
      if (id >= 0) seen[id] = generation;
    }
    const anyOpeners = this.floatingAny;
    const numberOpeners = this.floatingNumber;
    this.kindsHit = 0;
    this.lang = lang;

    let offset = 1; // the normal form opens with a space: word `start` begins at `offset`
    for (let start = 0; start < words.length; start++) {
      const word = words[start];
      const entry = entries[start];
      const number = isNumber(word);
      // Most words open no pattern: neither in the data nor a number, and no wildcard openers.
      if (start > 0 && !entry && !anyOpeners && !(numberOpeners && number)) {
        offset += word.length + 1;
        continue;
      }
      // The second word's id keys the patterns that need it there (-1: none, or not in the data).
      const next = start + 1 < words.length ? (entries[start + 1]?.id ?? -1) : -1;
      if (start === 0) {
        this.tryList(entry?.anchored, next, 0, words);
        if (number) this.tryList(this.anchoredNumber, next, 0, words);
        this.tryList(this.anchoredAny, next, 0, words);
      }
      this.tryList(entry?.floating, next, start, words);
      if (number) this.tryList(numberOpeners, next, start, words);
      this.tryList(anyOpeners, next, start, words);
      const found = this.found;
      if (found.length) {
        found.sort(byLengthThenRank);
        for (const { candidate, end } of found) {
          const phrase = candidate.phrase;
          if (this.kindsHit & phrase.kindBit) continue;
          this.kindsHit |= phrase.kindBit;
          let length = 1;
          for (let k = start; k < end; k++) length += words[k].length + 1;
          hits.set(phrase.kind, { kind: phrase.kind, lang: phrase.lang, group: phrase.group, at: offset - 1, length });
        }
        found.length = 0;
      }
      offset += word.length + 1;
    }
    entries.length = 0; // drop the references to entries; the array's room stays
    return hits;
  }

  /** Tries the patterns of `list` that may match at `start`, given the id of the word after it. */
  private tryList(list: OpenerList | undefined, next: number, start: number, words: readonly string[]): void {
    if (!list) return;
    this.tryCandidates(list.general, start, words);
    if (next >= 0 && list.bySecond.size) {
      const keyed = list.bySecond.get(next);
      if (keyed) this.tryCandidates(keyed, start, words);
    }
  }

  private tryCandidates(candidates: readonly Candidate[], start: number, words: readonly string[]): void {
    const seen = this.seen;
    const generation = this.generation;
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c];
      const phrase = candidate.phrase;
      if (this.kindsHit & phrase.kindBit) continue;
      if (phrase.ownLanguageOnly && this.lang && phrase.lang !== this.lang) continue;
      const needs = phrase.needs;
      if (needs) {
        let holds = false;
        for (let n = 0; n < needs.length && !holds; n++) holds = seen[needs[n]] === generation;
        if (!holds) continue;
      }
      const end = longestMatch(phrase, start, words);
      if (end > start) this.found.push({ candidate, end });
    }
  }

  /** The leftmost phrase of `kind` in `normalised`, or null. */
  match(kind: ArticleKind, normalised: string, lang?: string): PhraseHit | null {
    return this.matchAll(normalised, lang).get(kind) ?? null;
  }
}
