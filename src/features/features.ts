import type { ArticleKind } from '../types.js';
import type { PhraseHit } from '../phrases/matcher.js';

/** What every rule reads about a block, computed once. */
export interface Features {
  /** Words, counting two CJK characters as one word. */
  words: number;
  chars: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, closing quote after those, or CJK full stop. */
  sentenceEnd: boolean;
  /** Sentence-ending punctuation marks inside the block. */
  sentences: number;
  /** Starts with a lowercase letter (a continuation or a slogan written in lower case). */
  startsLower: boolean;
  /** Share of words that start with a capital letter. */
  capitalised: number;
  /** Share of characters that are digits. */
  digits: number;
  /** Share of characters inside links. */
  linkDensity: number;
  /** Share of words that are stopwords of the document's language (0 when unknown). */
  stopwords: number;
  /** The block in the matching normal form (` words like this `). */
  normalised: string;
  /** First two words of the normal form: the opening that anaphoric runs share. */
  opening: string;
  /** The first phrase hit of each kind, for short blocks. */
  hits: ReadonlyMap<ArticleKind, PhraseHit>;
}
