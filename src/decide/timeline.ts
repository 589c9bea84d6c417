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

/** Two dates with prose after each: a dateline comes once, and an update stamp reads "Updated …". */
const MIN_DATES = 2;
/** Paragraphs an entry may hold before the next date; a longer stretch is the article again, not an entry. */
const MAX_ENTRY_BLOCKS = 6;
/** The entry's verdicts must be doubtful at most, as for an article paragraph. */
const DOUBT = 0.5;
/** A sentence of an event, or a longer line without its full stop. */
const ENTRY_WORDS = 8;
/** The phrase group of dates alone on a line, in every language's reading-meta data. */
const DATE_LINE_GROUP = 'date-line';

export interface Timeline {
  /** The date lines: they stay whatever their rules said. */
  dates: number[];
  /** Dates and their entries: context steps leave them alone. */
  blocks: Set<number>;
  /** The last entry's first block, or -1: the article runs at least to there. */
  last: number;
}

/**
 * Dates right after a line removed as boilerplate ("Related stories", "More from News") head the
 * entries of a list of other stories, not events of this one. A dateline is no such line.
 */
function followsBoilerplate(i: number, best: readonly (Decision | undefined)[]): boolean {
  const before = i > 0 ? best[i - 1] : undefined;
  return before !== undefined && before.confidence >= STRONG && before.kind !== 'reading-meta';
}

function isDateLine(features: Features, verdict: Decision | undefined): boolean {
  if (!verdict || verdict.kind !== 'reading-meta') return false;
  return verdict.ruleId === 'reading-meta/date-line' || features.hits.get('reading-meta')?.group === DATE_LINE_GROUP;
}

/** A line of the entry's prose: not a heading (a subheading may sit in an entry, but it is no event), not links, not doubted. */
function isProse(block: Block, f: Features, verdict: Decision | undefined): boolean {
  if (block.heading || (verdict?.confidence ?? 0) >= DOUBT) return false;
  return f.words >= ENTRY_WORDS || (f.words >= 2 && f.sentenceEnd);
}

export function findTimelines(blocks: readonly Block[], features: readonly Features[], best: readonly (Decision | undefined)[]): Timeline {
  const n = blocks.length;
  const date = (i: number) => isDateLine(features[i], best[i]);
  const found: Timeline = { dates: [], blocks: new Set(), last: -1 };
  // The run being built: its dates, and each one's entry as [first block, end).
  let run: [date: number, end: number][] = [];
  const close = () => {
    if (run.length >= MIN_DATES) {
      for (const [d, end] of run) {
        found.dates.push(d);
        for (let k = d; k < end; k++) found.blocks.add(k);
      }
      found.last = Math.max(found.last, run[run.length - 1][0] + 1);
    }
    run = [];
  };
  // Dates chained to one that follows boilerplate: the rest of that list of other stories.
  let listed = false;
  let i = 0;
  while (i < n) {
    if (!date(i)) {
      i++;
      continue;
    }
    // The entry: what follows up to the next date. A block removed with confidence ends it (a share
    // bar, a teaser), as does a link-heavy line: an entry that is a headline linking elsewhere is a
    // list of other stories with their dates.
    let k = i + 1;
    let prose = false;
    let links = false;
    while (k < n && k - i - 1 < MAX_ENTRY_BLOCKS && !date(k) && (best[k]?.confidence ?? 0) < DOUBT) {
      if (features[k].linkDensity >= 0.5) links = true;
      else if (isProse(blocks[k], features[k], best[k])) prose = true;
      k++;
    }
    if (run.length === 0 && followsBoilerplate(i, best)) listed = true;
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
