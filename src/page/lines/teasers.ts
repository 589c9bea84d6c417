/**
 * Teaser headlines: lists of other articles' headlines read like prose by their stopwords, but
 * they come in runs of lines that never end a sentence. A subheading stands alone between
 * paragraphs; a run of several such lines with no paragraph among them is a list of links.
 */
import type { LineClass } from './classify.js';
import type { LineFeatures } from './line-features.js';

/**
 * A run of this many headline-shaped lines, at least two of them near-prose, is a teaser list. Up to
 * two lines of one or two words (a date, a section, a counter) may stand between its headlines.
 */
export const TEASER_RUN = 3;
/** Headlines have a few words at least; shorter lines are menu entries. */
const MIN_WORDS = 3;
/** A line that ends in a clause mark leads into what follows. */
const OPEN_END = /[,;:\-–]$/u;

function headlineShaped(c: LineClass, f: LineFeatures, text: string, next: LineFeatures | undefined): boolean {
  if ((c !== 'near' && c !== 'short') || f.sentenceEnd || f.words < MIN_WORDS || f.startsLower) return false;
  // A sentence wrapped over several lines: the next line carries on in lower case.
  if (next?.startsLower) return false;
  return !OPEN_END.test(text);
}

/** Per line (by its first, unsmoothed class), whether it is a near-prose line inside a teaser run. Linear. */
export function teaserLines(classes: readonly LineClass[], features: readonly LineFeatures[], texts: readonly string[]): boolean[] {
  const n = classes.length;
  const teaser = new Array<boolean>(n).fill(false);
  const shaped = (k: number) => headlineShaped(classes[k], features[k], texts[k], features[k + 1]);
  // A teaser's date, section or counter between headlines: a line of one or two words.
  const connector = (k: number) => features[k].words < MIN_WORDS && classes[k] !== 'good';
  let i = 0;
  while (i < n) {
    if (!shaped(i)) {
      i++;
      continue;
    }
    let j = i;
    let near = 0;
    let heads = 0;
    let end = i; // one past the last headline-shaped line of the run
    while (j < n) {
      if (shaped(j)) {
        if (classes[j] === 'near') near++;
        heads++;
        j++;
        end = j;
      } else if (connector(j) && j + 1 < n && (shaped(j + 1) || (connector(j + 1) && j + 2 < n && shaped(j + 2)))) j++;
      else break;
    }
    j = end;
    // A list announced by a lead-in line (`You will need:`) belongs to the text.
    const announced = i > 0 && texts[i - 1].endsWith(':');
    if (heads >= TEASER_RUN && near >= 2 && !announced) for (let k = i; k < j; k++) teaser[k] = classes[k] === 'near';
    i = j;
  }
  return teaser;
}
