/**
 * A timeline: date lines that recur as separators between short pieces of prose (a chronology's
 * "March 3, 2020" over what happened that day, a diary's or a live blog's entries). A date alone on
 * a line is taken for the article's dateline and removed, but one dateline heads the text once;
 * dates that each head prose of their own, one after another, are the text's structure, and the
 * entries they head are the article even when each is a single short sentence. Found in one pass:
 * every block is looked at by at most one entry scan.
 */
import type { Features } from '../features/features.js';
import type { Block } from '../segment/block.js';
import type { Decision } from './decision.js';
import { STRONG } from '../rules/rule.js';

/**
 * Three dates, each over prose of its own. Two are not enough: a dateline over the article and one
 * more date further down (an update, a bio's date) look just like a two-entry chronology.
 */
const MIN_DATES = 3;
/** Paragraphs an entry may hold before the next date; a longer stretch is the article again, not an entry. */
const MAX_ENTRY_BLOCKS = 6;
/** An entry's prose has no verdict at all: a teaser's "Read more", a comment's reply prompt make it doubtful. */
const DOUBT = 0.5;
/** An event is told in a sentence of at least this many words. */
const ENTRY_WORDS = 2;
/** The phrase group of dates alone on a line, in every language's reading-meta data. */
const DATE_LINE_GROUP = 'date-line';
/** How far before the first date a list's label may stand ("Related stories", then a headline, then dates). */
const LABEL_LOOKBACK = 3;
/**
 * Labels of lists whose items carry dates: other stories, comments. A removed ad, credit or share
 * prompt before the dates is no such label: those sit anywhere in an article.
 */
const LIST_LABEL_KINDS: ReadonlySet<string> = new Set(['related-links', 'comment-counter', 'newsletter-signup', 'tags']);
/** Boilerplate that sits inside an article's run of entries (an ad slot, a picture credit, a share bar): passed over. */
const INSERT_KINDS: ReadonlySet<string> = new Set(['advertisement', 'syndication-credit', 'share-prompt', 'follow-prompt', 'app-promo']);

export interface Timeline {
  /** The date lines: they stay whatever their rules said. */
  dates: number[];
  /** Dates and their entries: context steps leave them alone. */
  blocks: Set<number>;
  /** The last entry's first block, or -1: the article runs at least to there. */
  last: number;
}

/**
 * Dates shortly after a line removed as a list's label ("Related stories", "3 Comments") head the
 * entries of that list (other stories, comments), not events of this one.
 */
function followsListLabel(i: number, best: readonly (Decision | undefined)[]): boolean {
  return listLabelBefore(i, best) >= 0;
}

/** The list's label among the LABEL_LOOKBACK blocks before block i, or -1. */
export function listLabelBefore(i: number, best: readonly (Decision | undefined)[]): number {
  for (let k = i - 1; k >= 0 && k >= i - LABEL_LOOKBACK; k--) {
    const v = best[k];
    if (v && v.confidence >= STRONG && LIST_LABEL_KINDS.has(v.kind!)) return k;
  }
  return -1;
}

function isDateLine(features: Features, verdict: Decision | undefined): boolean {
  if (!verdict || verdict.kind !== 'reading-meta') return false;
  return verdict.ruleId === 'reading-meta/date-line' || features.hits.get('reading-meta')?.group === DATE_LINE_GROUP;
}

/**
 * A line of the entry's prose: a sentence, ended as one. Not a heading (a subheading may sit in an
 * entry, but it is no event), no verdict; a teaser's summary trailing off into "Read more" or
 * "Weiterlesen" does not end as a sentence.
 */
function isProse(block: Block, f: Features, verdict: Decision | undefined): boolean {
  if (block.heading || verdict !== undefined) return false;
  return f.words >= ENTRY_WORDS && f.sentenceEnd;
}

/** Boilerplate inserted between entries, removed as it would be anyway. */
function isInsert(verdict: Decision | undefined): boolean {
  return verdict !== undefined && verdict.confidence >= STRONG && INSERT_KINDS.has(verdict.kind!);
}

export function findTimelines(blocks: readonly Block[], features: readonly Features[], best: readonly (Decision | undefined)[]): Timeline {
  const n = blocks.length;
  const date = (i: number) => isDateLine(features[i], best[i]);
  const found: Timeline = { dates: [], blocks: new Set(), last: -1 };
  // The run being built: its dates, each one's entry as [first block, end), and the inserts passed over.
  let run: [date: number, end: number][] = [];
  let inserts = new Set<number>();
  const close = () => {
    // The same date again is a repeated stamp (a dateline printed twice), not the next day.
    const distinct = new Set(run.map(([d]) => blocks[d].text.trim())).size;
    if (run.length >= MIN_DATES && distinct === run.length) {
      for (const [d, end] of run) {
        found.dates.push(d);
        for (let k = d; k < end; k++) if (!inserts.has(k)) found.blocks.add(k);
      }
      found.last = Math.max(found.last, run[run.length - 1][0] + 1);
    }
    run = [];
    inserts = new Set();
  };
  // Dates chained to one that follows a list's label: the rest of that list.
  let listed = false;
  let i = 0;
  while (i < n) {
    if (!date(i)) {
      i++;
      continue;
    }
    // The entry: what follows up to the next date. A block removed with confidence ends it (a
    // teaser, a comment form) unless it is an insert (an ad slot, a credit, a share bar); any link
    // in it makes it a list of other stories with their dates, not an event.
    let k = i + 1;
    let prose = false;
    let links = false;
    while (k < n && k - i - 1 < MAX_ENTRY_BLOCKS && !date(k)) {
      const v = best[k];
      if (isInsert(v)) {
        inserts.add(k);
      } else {
        if ((v?.confidence ?? 0) >= DOUBT) break;
        if (blocks[k].linkChars > 0) links = true;
        else if (isProse(blocks[k], features[k], v)) prose = true;
      }
      k++;
    }
    if (run.length === 0 && followsListLabel(i, best)) listed = true;
    if (!prose || links || listed) {
      close();
      // The list goes on while the next date follows this entry directly.
      if (listed && (k >= n || !date(k))) listed = false;
      i = k > i + 1 ? k : i + 1;
      continue;
    }
    run.push([i, k]);
    if (k >= n || !date(k)) close();
    i = k;
  }
  close();
  return found;
}
