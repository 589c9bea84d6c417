import type { ArticleKind } from '../types.js';
import type { PhraseHit } from '../phrases/matcher.js';
import type { Shape } from './shape.js';

/** What every rule reads about a block, computed once: its text shape (./shape.ts) and more. */
export interface Features extends Shape {
  /** Share of characters inside links. */
  linkDensity: number;
  /** Share of words that are stopwords of the document's language (0 when unknown). */
  stopwords: number;
  /** The block in the matching normal form (` words like this `). */
  normalised: string;
  /** First two words of the normal form (two Han or kana characters are one): the opening that anaphoric runs share. */
  opening: string;
  /** The first phrase hit of each kind, for short blocks. */
  hits: ReadonlyMap<ArticleKind, PhraseHit>;
}
