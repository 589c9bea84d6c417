import { createCleaner, defaultCleaner, type Cleaner, type CleanerOptions } from './cleaner/create-cleaner.js';
import type { Finding, Options, Result } from './types.js';

/** Article content (plain text or an HTML fragment) -> the article without its boilerplate. */
export function clean(input: string | Uint8Array, options?: Options): Result {
  return defaultCleaner().clean(input, options);
}

/** A whole web page -> finds the article, then cleans it. */
export function extract(input: string | Uint8Array, options?: Options): Result {
  return defaultCleaner().extract(input, options);
}

/** The blocks clean() would remove, with their offsets; nothing is removed. */
export function detect(input: string | Uint8Array, options?: Options): Finding[] {
  return defaultCleaner().detect(input, options);
}

/**
 * A self-contained HTML page showing the document with what detect() would remove highlighted in
 * place, each block's kind, rule and reason, a colour legend and a summary table.
 */
export function explain(input: string | Uint8Array, options?: Options): string {
  return defaultCleaner().explain(input, options);
}

export { createCleaner };
export type { Cleaner, CleanerOptions };
export type { Memory, MemoryOptions, SavedMemory, SavedSite } from './memory/index.js';
export { KINDS, ARTICLE_KINDS, PAGE_KINDS } from './types.js';
export type { ArticleKind, Finding, Format, Kind, Metadata, Options, PageKind, Removed, Result } from './types.js';
export type { Rule, RuleContext, Verdict } from './rules/rule.js';
export type { Block } from './segment/block.js';
export type { Features } from './features/features.js';
export { InputTooLargeError } from './errors.js';
