import type { ArticleKind } from '../../../src/types.js';

/** Phrase-level cases of one language: blocks that must match a kind, and blocks that must match none. */
export interface LanguageCases {
  lang: string;
  /** Boilerplate blocks as sites print them; each must match its kind. */
  positives: Partial<Record<ArticleKind, readonly string[]>>;
  /** Ordinary news sentences about the same topics; each must match no kind at all. */
  negatives: readonly string[];
}
