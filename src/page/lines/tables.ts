/**
 * Tables and data lists as lines: a text dump writes a table one cell per line, so its rows come
 * back as a cycle of short lines whose kinds repeat, names and numbers in turn (`Joie i-Level`,
 * `300 €`, `ja`, `1,7`; or `125 g`, `Mehl`). A menu is short lines too, but of one kind only;
 * a teaser list's headlines are longer than cells. A table belongs where it stands: inside an
 * article it is the article's.
 */
import type { LineFeatures } from './line-features.js';

type Cell = 'number' | 'name' | 'other';

/** Cells are short. */
const MAX_CELL_SIZE = 50;
/** A name cell has a few words at most; a longer line is a headline or a sentence. */
const MAX_NAME_WORDS = 5;
/** Rows of two to this many cells. */
const MAX_PERIOD = 5;
/** At least this many rows repeat the cycle. */
const MIN_ROWS = 3;

/** A number cell starts with its number (`370 €`, `1,7`, `2.3 GB/s`, `125 g`, `$10`); a name may carry one (`Classic 1,7`, `gsoc-2018`). */
const LEADING_NUMBER = /^[-+±~≈<>]?[$€£¥]? ?\d/u;

function cell(f: LineFeatures, text: string): Cell {
  if (f.size === 0 || f.size > MAX_CELL_SIZE || f.words === 0) return 'other';
  if (f.words > MAX_NAME_WORDS) return 'other';
  return LEADING_NUMBER.test(text.trimStart()) ? 'number' : 'name';
}

/** Per line, whether it is a cell of a table written one cell per line. Linear (a few passes). */
export function tableLines(features: readonly LineFeatures[], texts: readonly string[]): boolean[] {
  const n = features.length;
  const cells = features.map((f, i) => cell(f, texts[i]));
  const out = new Array<boolean>(n).fill(false);
  for (let p = 2; p <= MAX_PERIOD; p++) {
    // A stretch of lines that each repeat the kind of the line p before them; the cycle starts p earlier.
    let first = -1;
    for (let i = p; i <= n; i++) {
      if (i < n && cells[i] !== 'other' && cells[i] === cells[i - p]) {
        if (first < 0) first = i;
        continue;
      }
      if (first >= 0) {
        let start = first - p;
        if (i - start >= MIN_ROWS * p && mixed(cells, start, first)) {
          // A header row of names (`Model`, `Price`, `Grade`) above the first row.
          if (start >= p && allNames(cells, start - p, start)) start -= p;
          for (let k = start; k < i; k++) out[k] = true;
        }
        first = -1;
      }
    }
  }
  return out;
}

/** A row holds names and numbers both: a column of one kind alone is a menu or a list of dates. */
function mixed(cells: readonly Cell[], from: number, to: number): boolean {
  let names = 0;
  let numbers = 0;
  for (let k = from; k < to; k++) {
    if (cells[k] === 'name') names++;
    else if (cells[k] === 'number') numbers++;
  }
  return names > 0 && numbers > 0;
}

function allNames(cells: readonly Cell[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (cells[k] !== 'name') return false;
  return true;
}
