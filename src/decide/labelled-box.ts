/**
 * A small box opened by a removed label ("Keep Reading", "Newsletter", "Related") and holding only a
 * line or two more: the label names the box, so what it frames (a topic page's blurb, a teaser's
 * headline) goes with it. The box must start with the label and stay small and short-lined; a label
 * at the head of a section that holds the article's own paragraphs frames nothing.
 */
import type { Features } from '../features/features.js';
import type { Block } from '../segment/block.js';
import type { Decision } from './decision.js';

const LABEL_WORDS = 6;
/** The label and at most this many lines after it. */
const MAX_LINES = 3;
/** A headline or a blurb, not a paragraph of the article. */
const LINE_WORDS = 20;

/** Indices of the blocks to remove, each with the label that opens its box. */
export function labelledBoxLines(blocks: readonly Block[], features: readonly Features[], out: readonly Decision[]): [line: number, label: number][] {
  const found: [number, number][] = [];
  // From the second block: a label opening the whole container is a section name printed over the
  // article (see head-labels.ts), and the line after it may be the headline.
  for (let i = 1; i + 1 < blocks.length; i++) {
    const label = out[i];
    if (!label.remove || label.isolated || features[i].words > LABEL_WORDS) continue;
    const box = blocks[i].element?.parentElement;
    if (!box || (blocks[i - 1].element && box.contains(blocks[i - 1].element!))) continue;
    let k = i + 1;
    // One line past the most a box may hold is enough to know it is too big: the scan stays bounded
    // when the box wraps the rest of the page.
    while (k < blocks.length && k - i - 1 <= MAX_LINES && blocks[k].element && box.contains(blocks[k].element!)) k++;
    if (k === i + 1 || k - i - 1 > MAX_LINES) continue;
    let short = true;
    for (let m = i + 1; m < k; m++) if (features[m].words > LINE_WORDS) short = false;
    if (!short) continue;
    for (let m = i + 1; m < k; m++) if (!out[m].remove) found.push([m, i]);
  }
  return found;
}
