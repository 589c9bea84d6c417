/**
 * Context smoothing: a line that cannot tell by itself takes the label of the lines around it.
 * A `near` line beside prose is prose. A short gap between prose (a subheading, a byline, a quote
 * set apart) belongs to the prose; a longer run of lines that are not prose is furniture, whatever
 * its lines look like one by one: menus, teaser headlines and footers come in runs. The start and
 * the end of the input count as prose here, so a headline on the first line stays with its article.
 */
import type { LineClass } from './classify.js';

/** Runs of non-prose lines up to this long, with prose on both sides, are part of the prose. */
export const MAX_GAP = 2;

export function smooth(classes: readonly LineClass[]): LineClass[] {
  const n = classes.length;
  const out = classes.slice();
  // near lines touching prose, repeated until none changes: each pass walks both ways once.
  for (let i = 1; i < n; i++) if (out[i] === 'near' && out[i - 1] === 'good') out[i] = 'good';
  for (let i = n - 2; i >= 0; i--) if (out[i] === 'near' && out[i + 1] === 'good') out[i] = 'good';

  let i = 0;
  while (i < n) {
    if (out[i] === 'good') {
      i++;
      continue;
    }
    let j = i;
    while (j < n && out[j] !== 'good') j++;
    // [i, j) is a run of non-prose lines.
    // The page's own edges count as prose: an input that is only an article starts with its headline.
    const enclosed = (i > 0 || j < n) && (j - i <= MAX_GAP);
    if (enclosed && j - i <= MAX_GAP && !hasBadRun(out, i, j)) {
      for (let k = i; k < j; k++) out[k] = 'good';
    } else {
      for (let k = i; k < j; k++) if (out[k] === 'short') out[k] = 'bad';
    }
    i = j;
  }
  return out;
}

/** Two furniture lines in a row inside the gap: not a heading. */
function hasBadRun(classes: readonly LineClass[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (classes[k] === 'bad' && classes[k - 1] === 'bad') return true;
  return false;
}
