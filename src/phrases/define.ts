import type { ArticleKind } from '../types.js';

/** A named group of patterns: one concept, e.g. "share this story". */
export interface PhraseGroup {
  /** Stable id, unique within its file; shown in reasons and docs. */
  id: string;
  /** Patterns in the syntax of ./README.md. */
  patterns: readonly string[];
}

/** One data file: the phrases of one language for one kind. */
export interface PhraseFile {
  lang: string;
  kind: ArticleKind;
  groups: readonly PhraseGroup[];
}

/** Declares a data file. Validation happens in ./validate.ts, once, when the matchers are built. */
export function definePhrases(lang: string, kind: ArticleKind, groups: readonly PhraseGroup[]): PhraseFile {
  return { lang, kind, groups };
}
