/**
 * The article's lede (standfirst, summary, dek) when the page template puts it beside the body
 * rather than inside it: `<header><h1/><p class="lead"/></header><div class="body"/>`. Only markup
 * that names the element a lede counts, or a plain paragraph no template names (plain-lede.ts),
 * and only right before the body: a header's other parts (kicker, byline, date) and a summary
 * printed elsewhere on the page stay out.
 */
import type { Region } from './boilerplate-regions.js';
import { isPlainLede } from './plain-lede.js';
import type { ElementRecord } from './text-stats.js';

/**
 * Class and id words that name the article's opening summary as its own text: the CMS excerpt or
 * teaser (written for listings, printed again as the story's first paragraph) and the press terms
 * for the same (German Vorspann, French chapô, Spanish bajada/entradilla/epígrafe). Whole words
 * after splitting (see hintWords). Not the display decks set with the headline (`dek`,
 * `standfirst`, `subtitle`, `summary`, `lead`): readers and benchmarks take those for the
 * headline's, as they do a site's `description` tagline.
 */
export const LEDE_WORDS: ReadonlySet<string> = new Set([
  'teaser', 'excerpt', 'epigraph', 'vorspann', 'chapo', 'chapeau', 'bajada', 'entradilla',
]);

/** A lede word followed by one of these names the part's picture or a link box (`teaser-image`, `teaser-link`). */
const NOT_TEXT = new Set(['image', 'img', 'media', 'photo', 'picture', 'video', 'figure', 'link', 'links', 'list', 'box', 'title', 'headline', 'label', 'more']);

/** Tags that hold a picture's caption, never the lede. */
const CAPTIONS = new Set(['figure', 'figcaption']);

/** A lede is a sentence or a short paragraph or two: longer is a second article, shorter a label. */
const MIN_CHARS = 40;
const MAX_CHARS = 1200;
/** What may stand between lede and body: a byline, a date, a picture's caption, a share bar. */
const MAX_GAP = 400;

/** Whether the element's class or id name it the article's opening summary. */
export function namesLede(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (LEDE_WORDS.has(words[i]) && !(next && NOT_TEXT.has(next))) return true;
  }
  return false;
}

/** Whether record a holds record b (a strict ancestor). */
export const holds = (records: readonly ElementRecord[], a: number, b: number): boolean => a < b && b < records[a].end;

/**
 * The lede's record, or undefined: the nearest element before the root, outside it, named a lede,
 * holding a sentence or two of unlinked prose, with no more than a byline's worth of text between
 * it and the root. Only regions that can hold an article's header may hold it.
 */
export function findLede(records: readonly ElementRecord[], regionAt: readonly (Region | undefined)[], root: number, stopwords?: ReadonlySet<string>): number | undefined {
  let gap = 0;
  // Backwards through the records that close before the root starts (its ancestors do not).
  for (let j = root - 1; j > 0; j--) {
    const r = records[j];
    if (r.end > root) continue; // an ancestor of the root
    // Its own descendants came first on the way back: their text is the lede's, not a gap.
    const before = gap - (r.chars - (r.own?.chars ?? 0));
    if (before <= MAX_GAP && (namesLede(r.words) || isPlainLede(records, j, root, stopwords)) && isLede(records, regionAt, j)) return j;
    if (r.own) gap += r.own.chars;
    if (gap > MAX_GAP + MAX_CHARS) return undefined;
  }
  return undefined;
}

function isLede(records: readonly ElementRecord[], regionAt: readonly (Region | undefined)[], j: number): boolean {
  const r = records[j];
  if (r.chars < MIN_CHARS || r.chars > MAX_CHARS || r.h1 > 0) return false;
  if (r.linkChars > r.chars * 0.2) return false;
  // Its words must read as sentences: a stopword share like prose, not a list of names or tags.
  if (r.wordCount > 0 && r.stopwords === 0) return false;
  if (CAPTIONS.has(r.tag)) return false;
  // The lede itself may be classed a teaser region (by its name); what holds it may only be the
  // article's <header>, never a list of other stories, a sidebar or a caption.
  for (let a = records[j].parent; a > 0; a = records[a].parent) {
    const region = regionAt[a];
    if ((region && region.kind !== 'header') || CAPTIONS.has(records[a].tag)) return false;
  }
  return true;
}

/** Lowest record holding both a and b. */
export function commonAncestor(records: readonly ElementRecord[], a: number, b: number): number {
  let x = a;
  while (x > 0 && !holds(records, x, b)) x = records[x].parent;
  return x;
}

/**
 * What to leave out when the root grows to hold the lede: every sibling of the two paths from the
 * common ancestor down to the lede and to the old root, so the new root's text is the two of them.
 */
export function besideLede(records: readonly ElementRecord[], top: number, lede: number, root: number): number[] {
  return besideParts(records, top, [lede, root]);
}

/**
 * Inline elements (a byline `<span>` beside the lede `<p>`) measure no text of their own: theirs
 * is counted with the block around them, so it is read from the element.
 */
const hasText = (r: ElementRecord): boolean => r.chars > 0 || (r.own === undefined && /\S/.test(r.el.textContent ?? ''));

/** The same for any number of parts: every sibling of the paths from `top` down to each part. */
export function besideParts(records: readonly ElementRecord[], top: number, parts: readonly number[]): number[] {
  const onPath = new Set<number>();
  for (const leaf of parts) for (let a = leaf; a !== top && a >= 0; a = records[a].parent) onPath.add(a);
  const out: number[] = [];
  for (const a of onPath) {
    const p = records[a].parent;
    for (let k = p + 1; k < records[p].end; k = records[k].end) if (!onPath.has(k) && hasText(records[k])) out.push(k);
  }
  return [...new Set(out)];
}
