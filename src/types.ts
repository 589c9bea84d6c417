/**
 * Public types. Every kind of removed block is listed in {@link KINDS}; the union type is derived
 * from that list so the documentation, validation and type stay one table.
 */

/** Article-level kinds: boilerplate found inside or around an article's own text. */
export const ARTICLE_KINDS = [
  'attribution',
  'syndication-credit',
  'slogan-block',
  'donation-appeal',
  'comment-counter',
  'share-prompt',
  'newsletter-signup',
  'follow-prompt',
  'related-links',
  'paywall',
  'app-promo',
  'advertisement',
  'reading-meta',
  'tags',
  'cookie-notice',
  'feedback-widget',
  'repeated',
] as const;

/** Page-level kinds: parts of a whole page that are not the article (extract() only). */
export const PAGE_KINDS = [
  'navigation',
  'header',
  'footer',
  'sidebar',
  'comments',
  'hidden',
  'form',
  'teaser-list',
  'page-chrome',
] as const;

export const KINDS = [...ARTICLE_KINDS, ...PAGE_KINDS] as const;

export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export type PageKind = (typeof PAGE_KINDS)[number];
export type Kind = ArticleKind | PageKind;

export type Format = 'auto' | 'text' | 'html';

/** One removed block. */
export interface Removed {
  kind: Kind;
  /** The block's visible text, whitespace collapsed. */
  text: string;
  /** Id of the rule that decided the removal, e.g. `share-prompt/phrase`. */
  ruleId: string;
  /** A sentence a person can read: why the block was removed. */
  reason: string;
}

/** A block that would be removed, with its place in the input. */
export interface Finding extends Removed {
  /**
   * UTF-16 offsets (into the decoded string for byte input). For text input `input.slice(start, end)`
   * is the block. For HTML input they are offsets into the source markup, from the block's first word
   * to the end of its last, found in the visible text (character references decoded); -1 when the
   * words cannot be found.
   */
  start: number;
  end: number;
}

export interface Metadata {
  title?: string;
  author?: string;
  published?: string;
  siteName?: string;
  /** ISO 639-1 code, declared by the page or guessed from stopwords. */
  lang?: string;
  url?: string;
  description?: string;
  /** Who the content was syndicated from, e.g. `TRTWorld and agencies`. */
  source?: string;
}

export interface Result {
  /** Kept content as plain text; blocks separated by a blank line. */
  text: string;
  /** Kept content as HTML, sanitised. */
  html: string;
  /** Every removed block, in document order. */
  removed: Removed[];
  metadata: Metadata;
  /** Present when `options.markdown` is true. */
  markdown?: string;
}

export interface Options {
  /** How to read a string input. Default `'auto'`. */
  format?: Format;
  /** The page address: metadata, relative links and per-site memory. */
  url?: string;
  /** Kinds never removed, e.g. `['tags']`. Default `[]`. */
  keep?: readonly Kind[];
  /** Switch built-in rules off by id, or add rules of your own. */
  rules?: { disable?: readonly string[]; add?: readonly import('./rules/rule.js').Rule[] };
  /** Inputs larger than this many bytes (UTF-8) are refused with an InputTooLargeError. Default 20 MiB. */
  maxInputBytes?: number;
  /** Also render the kept content as Markdown in `result.markdown`. Default `false`. */
  markdown?: boolean;
}
