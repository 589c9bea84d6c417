/**
 * A first label for each line from its own features, in the manner of jusText: long stopword-dense
 * lines read as prose (`good`), medium ones may be (`near`), short lines cannot tell by themselves
 * (`short`), and stopword-poor or separator-laden lines read as page furniture (`bad`).
 */
import type { LineFeatures } from './line-features.js';

export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** Below this many characters a line is too short to judge by itself. */
export const SHORT_CHARS = 50;
/** From this many characters a stopword-dense line is prose for sure. */
export const LONG_CHARS = 150;
/** Stopword shares (stopwords-iso lists) of prose and of near-prose. */
export const STOP_HIGH = 0.32;
export const STOP_LOW = 0.26;
/** Stopword share still enough for a long line with sentence shape. */
export const STOP_NAMES = 0.15;

export function classifyLine(f: LineFeatures, knownLanguage: boolean): LineClass {
  if (f.separators >= 2) return 'bad';
  if (f.size < SHORT_CHARS) return 'short';
  if (!knownLanguage) {
    // No stopword list: fall back on sentence shape.
    if (f.sentences >= 1 && f.words >= 12) return f.size >= LONG_CHARS ? 'good' : 'near';
    return f.words >= 8 ? 'near' : 'short';
  }
  if (f.stopwords >= STOP_HIGH) return f.size >= LONG_CHARS ? 'good' : 'near';
  if (f.stopwords >= STOP_LOW) return 'near';
  // Prose heavy with names and numbers: long, built of clauses, with some stopwords all the same.
  if (f.size >= LONG_CHARS && f.stopwords >= STOP_NAMES && (f.clauses >= 1 || f.sentences >= 1)) return 'near';
  return 'bad';
}
