/**
 * The article's span among the lines: the run whose prose outweighs the furniture inside it most,
 * found in one pass (maximum-sum subarray). Prose lines weigh by their length; furniture lines
 * weigh against, so a menu or a block of teaser headlines between two stretches of prose splits
 * them and only the heavier stretch is the article.
 */
import type { LineClass } from './classify.js';
import type { LineFeatures } from './line-features.js';

export interface Span {
  /** First and last line of the article, inclusive; start > end when there is none. */
  start: number;
  end: number;
}

const BAD_WEIGHT = 40;
const SHORT_WEIGHT = 12;

export function lineWeight(c: LineClass, f: LineFeatures): number {
  switch (c) {
    case 'good':
      return f.size;
    case 'near':
      return f.size * 0.5;
    case 'short':
      return -SHORT_WEIGHT;
    default:
      return -BAD_WEIGHT - f.size * 0.25;
  }
}

export function heaviestSpan(weights: readonly number[]): Span {
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i];
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return { start: bestStart, end: bestEnd };
}

/** Prose late on a page is less often the article (sidebars, disclaimers, comments): it weighs less. */
export const LATE_DISCOUNT = 0.6;

/**
 * Discounts each prose line by how much of the page's prose precedes it. Measured in prose, not
 * in lines: a long menu of short lines before the article does not make the article late, while a
 * bio or a disclaimer after the article's paragraphs is late however few lines follow it.
 */
export function positionPrior(weights: readonly number[]): number[] {
  let total = 0;
  for (const w of weights) if (w > 0) total += w;
  let before = 0;
  return weights.map((w) => {
    if (w <= 0) return w;
    const out = w * (1 - (LATE_DISCOUNT * before) / total);
    before += w;
    return out;
  });
}

/** A stretch of prose before the article this few furniture lines away is its lead, set apart by a picture or share buttons. */
export const LEAD_GAP = 8;
/**
 * Further up, across a paywall box, a gallery or a sign-up form, prose is still the article's
 * beginning if no dateline stands between: a byline and date open the article's body, so prose
 * above them across a long gap is a headline block or another piece.
 */
export const FAR_LEAD_GAP = 40;
/** A byline sits right above the body it opens: a dateline this close to the prose below it. */
export const BYLINE_REACH = 5;

/**
 * Pulls the start back over prose that precedes the span across a stretch of furniture: a
 * standfirst above the picture, a first paragraph above the share buttons or a subscription box.
 * The furniture between stays removed (it is inside the span and not prose).
 */
export function extendToLead(
  span: Span,
  classes: readonly LineClass[],
  canLead: (i: number) => boolean = () => true,
  isDateline: (i: number) => boolean = () => false,
  isTable: (i: number) => boolean = () => false,
): Span {
  if (span.start > span.end) return span;
  let start = span.start;
  let gap = 0;
  let dated = false;
  for (let j = span.start - 1; j >= 0 && gap <= FAR_LEAD_GAP; j--) {
    if (classes[j] === 'good' && canLead(j)) {
      if (gap > LEAD_GAP && dated) break;
      start = j;
      gap = 0;
      dated = false;
    } else if (!isTable(j)) {
      // A table is part of whatever it stands in: its cells are no gap.
      gap++;
      if (start - j <= BYLINE_REACH && isDateline(j)) dated = true;
    }
  }
  return start === span.start ? span : { start, end: span.end };
}

/** An article's opening lines above the first paragraph: at most this many, ... */
export const OPENING_LINES = 3;
/** ... with at most this many other lines (a byline, a date) between them. */
export const OPENING_SKIP = 1;

/**
 * Pulls the start back over short lines just above the span that end a sentence: an opening
 * sentence set apart (`When I woke up, there was nothing.`), a greeting, a question the text
 * answers. Lines above an article that are not its own (menus, dates, labels, section titles)
 * end no sentence.
 */
export function extendToOpening(span: Span, opens: (i: number) => boolean): Span {
  if (span.start > span.end) return span;
  let start = span.start;
  let skipped = 0;
  let taken = 0;
  for (let j = span.start - 1; j >= 0 && taken < OPENING_LINES; j--) {
    if (opens(j)) {
      start = j;
      taken++;
      skipped = 0;
    } else if (++skipped > OPENING_SKIP) break;
  }
  return start === span.start ? span : { start, end: span.end };
}

/** A last block of prose set off from the article by this many furniture lines ... */
export const TAIL_GAP = 3;
/** ... and this small a share of the span's kept text is an author bio, a disclaimer or a teaser, not the article's end. */
export const TAIL_SHARE = 0.1;

/**
 * Drops the span's last blocks of kept lines, one by one, while furniture sets the last one off and
 * it is small beside the rest: the maximum-sum span takes in any prose that outweighs the
 * furniture before it, and what follows an article across a byline or a share bar is mostly a
 * bio, a note or a teaser. One pass over the span.
 */
export function trimTail(span: Span, kept: (i: number) => boolean, size: (i: number) => number): Span {
  // Blocks of kept lines, split where TAIL_GAP or more lines in a row are not kept.
  const ends: number[] = [];
  const sizes: number[] = [];
  let total = 0;
  let gap = 0;
  for (let i = span.start; i <= span.end; i++) {
    if (!kept(i)) {
      gap++;
      continue;
    }
    if (sizes.length === 0 || gap >= TAIL_GAP) {
      ends.push(i);
      sizes.push(0);
    }
    gap = 0;
    ends[ends.length - 1] = i;
    sizes[sizes.length - 1] += size(i);
    total += size(i);
  }
  let last = sizes.length - 1;
  while (last > 0 && sizes[last] < TAIL_SHARE * total) {
    total -= sizes[last];
    last--;
  }
  return last === sizes.length - 1 || last < 0 ? span : { start: span.start, end: ends[last] };
}

/** Lines (a heading, a label) that may stand between the article's last line and a timeline closing it. */
export const TIMELINE_GAP = 2;

/**
 * Pushes the end out over a timeline (first and last line) that starts right after the span: a
 * timeline's short lines weigh nothing, so the span search stops before one that closes the
 * article. Not into the comments (from line `comments`, or -1 for none).
 */
export function extendToTimeline(span: Span, timelines: readonly Span[], comments: number): Span {
  if (span.start > span.end) return span;
  for (const run of timelines) {
    if (run.start <= span.end) continue;
    if (run.start - span.end - 1 > TIMELINE_GAP || (comments >= 0 && run.start >= comments)) break;
    return { start: span.start, end: run.end };
  }
  return span;
}
