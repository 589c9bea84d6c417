/**
 * Teasers with blurbs: a list of other articles, each a headline and an excerpt that the
 * publishing system cut off with an ellipsis (`… Die Bürger machten massiv Einsprü...`). Excerpts
 * read like prose, so the span search takes them in; but an article's paragraphs do not break off,
 * and several cut-off excerpts at a regular spacing, headlines between, are a list.
 */
import type { LineClass } from './classify.js';
import type { LineFeatures } from './line-features.js';

/** This many cut-off excerpts in a row make a list. */
export const BLURB_RUN = 3;
/** Excerpts are cut at least this long; shorter lines are headlines or captions. */
const MIN_SIZE = 80;
/** Between two excerpts: the next headline, maybe a date or a section, at most this many lines. */
const MAX_BETWEEN = 3;
/** `...`, `…`, `[…]`, `(...)`, at the very end. */
const CUT_OFF = /(?:\.\.\.|…)[\])]?\s*$/u;

/** Per line, whether it is an excerpt or a headline in a list of teasers with blurbs. Linear. */
export function blurbLines(classes: readonly LineClass[], features: readonly LineFeatures[], texts: readonly string[]): boolean[] {
  const n = features.length;
  const out = new Array<boolean>(n).fill(false);
  const excerpt = (k: number) => classes[k] !== 'bad' && features[k].size >= MIN_SIZE && CUT_OFF.test(texts[k]);
  let i = 0;
  while (i < n) {
    if (!excerpt(i)) {
      i++;
      continue;
    }
    // Follow the chain of excerpts, each 2 to MAX_BETWEEN + 1 lines after the last.
    let last = i;
    let count = 1;
    for (;;) {
      let next = -1;
      for (let j = last + 2; j <= last + 1 + MAX_BETWEEN && j < n; j++) {
        if (excerpt(j)) {
          next = j;
          break;
        }
      }
      if (next < 0) break;
      last = next;
      count++;
    }
    if (count >= BLURB_RUN) {
      // The first teaser's headline sits above its excerpt as the others' do.
      let from = i;
      while (from > 0 && i - from < MAX_BETWEEN && classes[from - 1] !== 'bad' && !excerpt(from - 1) && !features[from - 1].sentenceEnd) from--;
      for (let k = from; k <= last; k++) out[k] = true;
    }
    i = last + 1;
  }
  return out;
}
