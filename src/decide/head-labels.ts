/**
 * Labels over the article: a run of short lines that opens the article's container before its
 * first paragraph (a section name, "Artikel", a date and category, "Upcoming events"). They are
 * the page's, not the text's. Only the opening run counts: once a longer line or a sentence has
 * come, short lines are the article's own (list items, subheadings of a release note, code).
 */
import type { Features } from '../features/features.js';
import type { Block } from '../segment/block.js';
import { isArticleParagraph } from './content-end.js';
import type { Decision } from './decision.js';

/** Three words at most: a label, not a dateline with a place and a date, nor a kicker sentence. */
export const HEAD_LABEL_WORDS = 3;

/** A dateline opens with its place in capitals and a comma ("LONDON, 3 May", "BAAR, SWITZERLAND"): the article's own first words. */
const PLACE_START = /^\p{Lu}{2}/u;
const NOT_PLACE = /[^\p{Lu} .'’-]/u;
function isDateline(text: string): boolean {
  // Cut at the first comma rather than match across it: one pass, however long the line.
  const comma = text.indexOf(',');
  if (comma < 2 || comma > 40) return false;
  const place = text.slice(0, comma);
  return PLACE_START.test(place) && !NOT_PLACE.test(place);
}

/**
 * Lines that are the article's own however short: items of a list or table (ingredients, a bullet
 * summary), a salutation or lead-in ending in a comma or colon ("Dear Abby,"), and a place in
 * capitals alone (a dateline without its comma, "WASHINGTON").
 */
const LIST_TAGS = new Set(['li', 'dd', 'dt', 'td', 'th']);
const CAPITALS_ONLY = /^[\p{Lu} .'’-]+$/u;
function isOwnLine(block: Block): boolean {
  const text = block.text.trim();
  return LIST_TAGS.has(block.tag) || /[,:]$/.test(text) || (text.length >= 3 && CAPITALS_ONLY.test(text));
}

/** Words with a letter: a date or a number beside a label ("02.02.2022 | News") does not make it a sentence. */
function letterWords(text: string): number {
  return (text.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

export function headLabels(blocks: readonly Block[], features: readonly Features[], best: readonly (Decision | undefined)[], out: readonly Decision[], kept: ReadonlySet<number>): number[] {
  const found: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (isArticleParagraph(blocks[i], features[i], best[i])) return found;
    if (out[i].remove) continue; // already gone: the run goes on past it
    const f = features[i];
    const text = blocks[i].text;
    if (kept.has(i) || blocks[i].heading || letterWords(text) > HEAD_LABEL_WORDS || f.sentenceEnd || isDateline(text) || isOwnLine(blocks[i])) break;
    found.push(i);
  }
  // A text without a paragraph of prose (a list, a table) has no article for the run to label.
  for (let i = found.length ? found[found.length - 1] + 1 : blocks.length; i < blocks.length; i++) {
    if (isArticleParagraph(blocks[i], features[i], best[i])) return found;
  }
  return [];
}
