/**
 * A small box opened by a removed label that names a box ("Keep Reading", "Newsletter", "Related")
 * and holding only a line or two more: the label names the box, so what it frames (a topic page's
 * blurb, a teaser's headline) goes with it. Only labels of the kinds that come as boxes count: a
 * removed date or credit opening a box (a timeline's entry, a picture's caption) names no box and
 * frames the article's own lines. The box must start with the label and stay small and short-lined;
 * a label at the head of a section that holds the article's own paragraphs frames nothing, nor does
 * a label heading a <section> or <article>, which are the article's parts. A line that ends as a
 * sentence, without a link, is the article's prose unless the box's own class names boilerplate.
 */
import type { Features } from '../features/features.js';
import { boilerplateHint, hintWords } from '../page/hints.js';
import type { Block } from '../segment/block.js';
import type { Kind } from '../types.js';
import { LABEL_WORDS, type Decision } from './decision.js';

/** The label and at most this many lines after it. */
const MAX_LINES = 3;
/** A headline or a blurb, not a paragraph of the article. */
const LINE_WORDS = 20;
/** Kinds whose labels head a box of their own: a teaser box, a sign-up, an ad, an appeal. */
const BOX_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'related-links', 'newsletter-signup', 'advertisement', 'app-promo', 'follow-prompt', 'paywall', 'donation-appeal',
]);
/** Elements that hold the article's own parts, whatever heads them. */
const ARTICLE_PARTS = new Set(['section', 'article', 'main', 'body']);

/** Indices of the blocks to remove, each with the label that opens its box. */
export function labelledBoxLines(blocks: readonly Block[], features: readonly Features[], out: readonly Decision[]): [line: number, label: number][] {
  const found: [number, number][] = [];
  // From the second block: a label opening the whole container is a section name printed over the
  // article (see head-labels.ts), and the line after it may be the headline.
  for (let i = 1; i + 1 < blocks.length; i++) {
    const label = out[i];
    if (!label.remove || label.isolated || !label.kind || !BOX_KINDS.has(label.kind) || features[i].words > LABEL_WORDS) continue;
    const box = blocks[i].element?.parentElement;
    if (!box || ARTICLE_PARTS.has(box.localName) || (blocks[i - 1].element && box.contains(blocks[i - 1].element!))) continue;
    let k = i + 1;
    // One line past the most a box may hold is enough to know it is too big: the scan stays bounded
    // when the box wraps the rest of the page.
    while (k < blocks.length && k - i - 1 <= MAX_LINES && blocks[k].element && box.contains(blocks[k].element!)) k++;
    if (k === i + 1 || k - i - 1 > MAX_LINES) continue;
    let short = true;
    for (let m = i + 1; m < k; m++) if (features[m].words > LINE_WORDS) short = false;
    if (!short) continue;
    let named: boolean | undefined;
    for (let m = i + 1; m < k; m++) {
      if (out[m].remove) continue;
      if (features[m].sentenceEnd && !blocks[m].linkChars && !(named ??= boilerplateHint(hintWords(box)) !== undefined)) continue;
      found.push([m, i]);
    }
  }
  return found;
}
