/**
 * Teaser cards printed straight into the article's container: a run of siblings built from one
 * template (same tag and class), each a small box with a link to another page and a line of
 * summary. Alone each card has too little link text to look like navigation; the run gives it away.
 */
import type { Region } from './boilerplate-regions.js';
import type { ElementRecord } from './text-stats.js';

export const TEASER_CARDS: Region = { kind: 'teaser-list', ruleId: 'page/teaser-cards', reason: 'One of a run of cards from the same template, each a link to another page with a short summary.' };

/** Cards in a run at least this long. */
const MIN_RUN = 4;
/** A card is a small box: at most this much text ... */
const MAX_CARD_CHARS = 400;
/** ... of which at least this share is link text (its headline). */
const MIN_LINK_SHARE = 0.1;

/** Boxes a card template is built from; paragraphs of an article with a link each are not cards. */
const CARD_TAGS: ReadonlySet<string> = new Set(['div', 'li', 'article', 'section', 'figure']);

function isCard(r: ElementRecord): boolean {
  return CARD_TAGS.has(r.tag) && r.chars > 0 && r.chars <= MAX_CARD_CHARS && r.linkCount > 0 && r.linkChars >= r.chars * MIN_LINK_SHARE;
}

/** The template a child was built from; undefined for unclassed elements (plain paragraphs, list items). */
function signature(r: ElementRecord): string | undefined {
  const cls = r.el.getAttribute('class');
  return cls ? `${r.tag}.${cls.trim()}` : undefined;
}

/**
 * Record indices of the cards inside (root, end): every run of MIN_RUN or more consecutive
 * element siblings with one signature, all of them cards.
 */
export function teaserCards(records: readonly ElementRecord[], root: number, skip: (i: number) => boolean): number[] {
  const out: number[] = [];
  const end = records[root].end;
  for (let p = root; p < end; p++) {
    if (skip(p) || records[p].own === undefined) continue;
    let run: number[] = [];
    let sig: string | undefined;
    const flush = (): void => { if (run.length >= MIN_RUN) out.push(...run); run = []; };
    for (let j = p + 1; j < records[p].end; j = records[j].end) {
      const r = records[j];
      if (r.chars === 0) continue; // empty spacers between cards
      const s = signature(r);
      if (s === undefined || s !== sig || !isCard(r)) { flush(); sig = s; }
      if (s !== undefined && isCard(r)) run.push(j);
    }
    flush();
  }
  return out;
}
