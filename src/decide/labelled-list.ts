/**
 * A list of links under a removed "related" label ("More stories", "Lesen Sie auch", "À lire aussi"):
 * the label says what the list is, so its items go with it even where each item alone, a headline
 * with a link and a few words beside it, is too unsure to remove (a list of sources in a guide looks
 * the same, but no "related" label heads it). Every item must carry a link and be headline-sized.
 */
import type { Features } from '../features/features.js';
import type { Block } from '../segment/block.js';
import { LABEL_WORDS, type Decision } from './decision.js';

/** A headline with a short deck, not a paragraph of prose set in a list item. */
const ITEM_WORDS = 30;
const MIN_ITEMS = 2;

function listOf(block: Block): Element | null {
  let el: Element | null = block.element ?? null;
  while (el && el.localName !== 'ul' && el.localName !== 'ol') el = el.parentElement;
  return el;
}

/** Indices of the list items to remove, each with the label block that heads its list. */
export function labelledListItems(blocks: readonly Block[], features: readonly Features[], out: readonly Decision[]): [item: number, label: number][] {
  const found: [number, number][] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const label = out[i];
    if (!label.remove || label.kind !== 'related-links' || features[i].words > LABEL_WORDS || !blocks[i + 1].listItem) continue;
    const list = listOf(blocks[i + 1]);
    if (!list || list.contains(blocks[i].element ?? null)) continue;
    let k = i + 1;
    let linked = true;
    while (k < blocks.length && blocks[k].listItem && listOf(blocks[k]) === list) {
      if (!blocks[k].linkChars || features[k].words > ITEM_WORDS) linked = false;
      k++;
    }
    // The scanned items are no label of a later list: go on after them (one pass over the blocks).
    if (linked && k - (i + 1) >= MIN_ITEMS) for (let m = i + 1; m < k; m++) if (!out[m].remove) found.push([m, i]);
    i = k - 1;
  }
  return found;
}
