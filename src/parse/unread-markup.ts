import { BLOCK_TAGS } from '../segment/html-tags.js';

/**
 * What the page's tree never needs: markup the parser's pre-pass (cap-depth.ts) leaves out so
 * linkedom builds fewer nodes. Every node linkedom makes costs a WeakMap entry besides the node,
 * and that is most of a page's parse time and of its garbage; nothing that goes here is read by the
 * library (comments, styling, script source, drawing instructions, white space no layout shows).
 */

/** Dropped whole, tags and content: nothing reads `<style>` or the source of a script. */
export const ELEMENTS_LEFT_OUT: ReadonlySet<string> = new Set(['style', 'script']);

/**
 * The scripts that stay: JSON-LD is the page's metadata (page/json-ld.ts), compared as that module
 * compares the `type`.
 */
export function isReadScript(type: string | undefined): boolean {
  return type !== undefined && type.trim().toLowerCase() === 'application/ld+json';
}

/**
 * Emptied, the element itself kept: nothing reads what is inside (every walk skips them), but an
 * element's own attributes (an `aria-label`, a class) can still be a hint about its surroundings.
 */
export const CONTENT_LEFT_OUT: ReadonlySet<string> = new Set(['svg', 'template']);

/** Inside these, white space is content (or raw text): none of it is left out. */
export const WHITE_SPACE_KEPT_IN: ReadonlySet<string> = new Set([
  'pre', 'textarea', 'listing', 'plaintext', 'xmp', 'script', 'style', 'title',
]);

/** What a run of white space sits between: a block boundary, a tag that keeps it, or anything else. */
export type WhiteSpaceSide = 'block' | 'keep' | 'other';

/** A line break or an image beside white space: keep the white space, it may be the only word gap. */
const KEEPS_WHITE_SPACE: ReadonlySet<string> = new Set(['br', 'img', 'wbr']);
/** Tags that, inside `<head>`, sit among white space no one sees. */
const HEAD_CONTENT: ReadonlySet<string> = new Set(['meta', 'link', 'title', 'base', 'script', 'style']);

export function whiteSpaceSide(tag: string, inHead: boolean): WhiteSpaceSide {
  if (KEEPS_WHITE_SPACE.has(tag)) return 'keep';
  return BLOCK_TAGS.has(tag) || tag === 'head' || (inHead && HEAD_CONTENT.has(tag)) ? 'block' : 'other';
}

/**
 * White space that only separates block boundaries collapses away in layout, and every reader here
 * treats a block boundary as a break already; between inline elements (`</b> <i>`) it is a word gap.
 */
export function whiteSpaceDroppable(before: WhiteSpaceSide, after: WhiteSpaceSide): boolean {
  return (before === 'block' || after === 'block') && before !== 'keep' && after !== 'keep';
}

/** Whether html[start, end) is only HTML white space (not U+00A0: that one is visible). */
export function isBlank(html: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}
