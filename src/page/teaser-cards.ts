/**
 * Teaser cards printed straight into the article's container: a run of siblings built from one
 * template (same tag and class), each a small box with a link to another page and a line of
 * summary. Alone each card has too little link text to look like navigation; the run gives it away.
 */
import type { Region } from './boilerplate-regions.js';
import { classOf } from '../parse/class-attribute.js';
import type { ElementRecord } from './text-stats.js';

export const TEASER_CARDS: Region = { kind: 'teaser-list', ruleId: 'page/teaser-cards', reason: 'One of a run of cards from the same template, each a link to another page with a short summary.' };

/** Cards in a run at least this long. */
const MIN_RUN = 4;
/** A card is a small box: at most this much text ... */
const MAX_CARD_CHARS = 400;
/** ... of which at least this share is link text (its headline) ... */
const MIN_LINK_SHARE = 0.1;
/**
 * ... and either the headline is this share of the card, or the rest is one short summary line:
 * a listicle item with a linked heading over a paragraph of prose is the article's text.
 */
const HEADLINE_SHARE = 0.3;
const MAX_SUMMARY_CHARS = 120;

/** Boxes a card template is built from; paragraphs of an article with a link each are not cards. */
const CARD_TAGS: ReadonlySet<string> = new Set(['div', 'li', 'article', 'section', 'figure']);

const HEADING = 'h1,h2,h3,h4,h5,h6';
const squeeze = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();

/**
 * The card's link is its headline: the link sits in (or holds) a heading, or the card's text opens
 * with it. A listicle item (a heading, then a paragraph with a link inside a sentence) has the same
 * share of link text as a card but no headline link: it is the article.
 */
function hasHeadlineLink(card: Element): boolean {
  const text = squeeze(card.textContent);
  const links = card.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    const label = squeeze(a.textContent);
    if (!label) continue; // an image link: the headline link follows
    const heading = a.closest(HEADING);
    if ((heading && card.contains(heading)) || a.querySelector(HEADING)) return true;
    return text.startsWith(label);
  }
  return false;
}

const CUT_OFF = /(?:\.\.\.|…)\s*\S{0,12}$/;

/**
 * A long summary is still a card's when it is an excerpt of the linked page: cut off ("...", "…",
 * "weiter...") or followed by a second link to the headline's page ("read more").
 */
function isExcerpt(card: Element): boolean {
  if (CUT_OFF.test(squeeze(card.textContent))) return true;
  const seen = new Set<string>();
  const links = card.querySelectorAll('a[href]');
  for (let i = 0; i < links.length; i++) {
    const href = links[i].getAttribute('href')!;
    if (seen.has(href)) return true;
    seen.add(href);
  }
  return false;
}

function isCard(r: ElementRecord): boolean {
  if (!CARD_TAGS.has(r.tag) || r.chars === 0 || r.chars > MAX_CARD_CHARS || r.linkCount === 0 || r.linkChars < r.chars * MIN_LINK_SHARE) return false;
  if (r.linkChars < r.chars * HEADLINE_SHARE && r.chars - r.linkChars > MAX_SUMMARY_CHARS && !isExcerpt(r.el)) return false;
  return hasHeadlineLink(r.el);
}

/** The template a child was built from; undefined for unclassed elements (plain paragraphs, list items). */
function signature(r: ElementRecord): string | undefined {
  const cls = classOf(r.el);
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
