import type { ArticleKind } from '../types.js';

/** A named group of patterns: one concept, e.g. "share this story". */
export interface PhraseGroup {
  /** Stable id, unique within its file; shown in reasons and docs. */
  id: string;
  /** Patterns in the syntax of ./README.md. */
  patterns: readonly string[];
  /**
   * Match only on pages of this file's language (or of unknown language). For words every language
   * borrows ("Video", "Audio", "Pause"): as a whole block they are player chrome in their own
   * language, but may be a heading or a word of another language's text elsewhere.
   */
  ownLanguageOnly?: boolean;
}

/** One data file: the phrases of one language for one kind. */
export interface PhraseFile {
  lang: string;
  kind: ArticleKind;
  groups: readonly PhraseGroup[];
}

/** Declares a data file. ./validate.ts checks the data, in the test suite (tests/phrases/data.test.ts). */
export function definePhrases(lang: string, kind: ArticleKind, groups: readonly PhraseGroup[]): PhraseFile {
  return { lang, kind, groups };
}
