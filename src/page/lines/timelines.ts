/**
 * Timelines in a visible-text dump: date lines that recur between short sentences (`March 3, 2024`
 * over `The council voted to close the library.`). Line by line they read as page furniture, short
 * and dated like a teaser list's, so the span search would cut the article at them. A teaser's
 * headline ends no sentence; an event is told in one. The lines found here are left to the article's
 * rules, which keep a timeline (decide/timeline.ts) and still remove what only looks like one.
 */
import type { LineClass } from './classify.js';
import type { LineFeatures } from './line-features.js';
import { isDateline } from './datelines.js';

/** Three dates, as for a timeline in HTML: a dateline and one later date are two. */
const MIN_DATES = 3;
/** Lines an entry may hold before the next date. */
const MAX_ENTRY_LINES = 6;
/** A date alone on its line: a weekday, a date, a time, a zone at most. */
const MAX_DATE_WORDS = 8;
/** An event is told in a sentence of at least this many words. */
const ENTRY_WORDS = 2;
/** Ends in a question mark. */
const QUESTION = /[?？]\s*$/u;

/** Words, a date or a time with its inner marks counting as one (`22.04.2020`, `10:15`). */
const WORD = /[\p{L}\p{N}]+(?:[.:/-]\p{N}+)*/gu;
const HAS_DIGIT = /\p{N}/u;

/**
 * A date alone on its line: numbers make more than a third of its words (`3. März 2024`, `Tuesday,
 * March 3, 2020 10:15`), where a byline or a teaser's section carries a date beside names
 * (`Anna Berg / 22.04.2020`, `Gesundheit Schlaf 27/10/23`).
 */
function dateLine(f: LineFeatures, text: string): boolean {
  if (f.words > MAX_DATE_WORDS || f.sentenceEnd || !isDateline(f, text)) return false;
  const words = text.match(WORD) ?? [];
  let numbers = 0;
  for (const w of words) if (HAS_DIGIT.test(w)) numbers++;
  return numbers * 3 > words.length;
}

/**
 * A line of an entry: a sentence of its own, printed once (a repeated line is a notice or a slogan).
 * Not a question: teasers ask ("Kennen Sie die Warnzeichen?"), an event is told.
 */
function sentence(f: LineFeatures, text: string): boolean {
  return f.sentenceEnd && f.words >= ENTRY_WORDS && f.repeats === 1 && !QUESTION.test(text);
}

export interface TimelineRun {
  /** The date lines, in order. */
  dates: number[];
  /** First line (the first date) and last line (of the last entry), inclusive. */
  start: number;
  end: number;
}

/**
 * The timelines among the lines: at least MIN_DATES distinct dates in a row, each followed by one to
 * MAX_ENTRY_LINES lines that all end a sentence; the last entry ends before the first line that
 * `classes` (the lines' own, unsmoothed classes) call prose. Linear: each line is looked at by at
 * most one entry scan.
 */
export function timelineRuns(classes: readonly LineClass[], features: readonly LineFeatures[], texts: readonly string[]): TimelineRun[] {
  const n = features.length;
  const out: TimelineRun[] = [];
  const date = (k: number) => dateLine(features[k], texts[k]);
  // The run being built: each date with the end (exclusive) of its entry.
  let run: [date: number, end: number][] = [];
  const close = () => {
    // The same date again is a stamp printed twice, not the next day.
    const distinct = new Set(run.map(([d]) => features[d].normalised)).size;
    if (run.length >= MIN_DATES && distinct === run.length) out.push({ dates: run.map(([d]) => d), start: run[0][0], end: run[run.length - 1][1] - 1 });
    run = [];
  };
  let i = 0;
  while (i < n) {
    if (!date(i)) {
      close();
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && k - i - 1 < MAX_ENTRY_LINES && !date(k) && sentence(features[k], texts[k])) k++;
    if (k === i + 1) {
      close();
      i++;
      continue;
    }
    // The next date must follow the entry directly; anything else between ends the timeline. The
    // last entry has no date to end it: a paragraph of prose after its first line is the article again.
    if (k >= n || !date(k)) {
      let end = i + 2;
      while (end < k && classes[end] !== 'good') end++;
      run.push([i, end]);
      close();
    } else run.push([i, k]);
    i = k;
  }
  close();
  return out;
}
