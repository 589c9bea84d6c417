import { isArticleParagraph } from '../decide/content-end.js';
import type { Block } from '../segment/block.js';
import type { RuleContext } from './rule.js';

/**
 * Whether a short line that reads like an agency credit ("ТАСС / РИА Новости / Интерфакс",
 * "Reuters/AP/AFP") is instead part of the article's own text: a credit signs off what it stands
 * under, so it never stands where the text announces it or among items that are prose. Two signs:
 * the line is one item of a list whose other items are not credits (a list of sources, of parties),
 * or the line before it is a sentence that ends in a colon and leads into it. Either counts only
 * where two article paragraphs follow, so a credit list or "With reporting from:" at the article's
 * end stays a credit, with a bio or an "about" box under it too.
 */
export function announcedInText(index: number, context: RuleContext, creditLike: (k: number) => boolean): boolean {
  return (inMixedList(index, context.blocks, creditLike) || ledIn(index, context)) && paragraphAfter(index, context);
}

/** A lead-in: a sentence of this many words at least, not a label like "Fotos:" or "Quelle:". */
const LEAD_IN_WORDS = 4;

function ledIn(index: number, context: RuleContext): boolean {
  const prev = context.blocks[index - 1];
  if (!prev || context.features[index - 1].words < LEAD_IN_WORDS || !/:\s*$/.test(prev.text)) return false;
  // "Mit Material von dpa und AFP sowie:" is itself credit text, not the article announcing a list.
  return !context.features[index - 1].hits.has('syndication-credit');
}

/** Items read on each side: enough for a list of sources, and a bound on a list of thousands. */
const MAX_ITEMS = 20;

function listItemOf(block: Block): Element | null {
  if (!block.listItem) return null;
  let el: Element | null = block.element ?? null;
  while (el && el.localName !== 'li') el = el.parentElement;
  return el;
}

/**
 * The block is the whole of a list item, and another item of the same list is not credit-like. A
 * gallery item holding a caption beside its credit is not the credit's alone, so it never counts.
 */
function inMixedList(index: number, blocks: readonly Block[], creditLike: (k: number) => boolean): boolean {
  const item = listItemOf(blocks[index]);
  const list = item?.parentElement;
  if (!item || !list) return false;
  for (const k of [index - 1, index + 1]) if (blocks[k] && listItemOf(blocks[k]) === item) return false;
  for (const step of [-1, 1]) {
    for (let k = index + step, seen = 0; k >= 0 && k < blocks.length && seen < MAX_ITEMS; k += step, seen++) {
      const other = listItemOf(blocks[k]);
      if (!other || other.parentElement !== list) break;
      if (!creditLike(k)) return true;
    }
  }
  return false;
}

/**
 * Article paragraphs after the line that make it mid-article: two. A single prose block between it and
 * the end is as often the page's closing box (an author's bio, the paper's "about" lines, a
 * newsletter or support appeal) as the article's last paragraph, and no phrase tells those apart, so
 * the credit-like line keeps its verdict there, as a credit closing the article does.
 */
const PARAGRAPHS_AFTER = 2;

/** Per document, the start of its closing run of PARAGRAPHS_AFTER article paragraphs (before any verdict): found once. */
const closingRunByContext = new WeakMap<RuleContext, number>();

function paragraphAfter(index: number, context: RuleContext): boolean {
  let from = closingRunByContext.get(context);
  if (from === undefined) {
    from = -1;
    for (let i = context.blocks.length - 1, seen = 0; i >= 0; i--) {
      if (!isArticleParagraph(context.blocks[i], context.features[i], undefined) || ++seen < PARAGRAPHS_AFTER) continue;
      from = i;
      break;
    }
    closingRunByContext.set(context, from);
  }
  return from > index;
}
