/**
 * Whether stopword shares can tell prose from furniture on this page. They cannot when the page's
 * language is unknown, or when its long lines are not made of space-separated words a stopword
 * list knows (Chinese and Japanese run words together; a Korean list barely covers a sentence's
 * words): then the long lines of the page score low, prose included, and sentence shape must decide.
 */
import type { LineFeatures } from './line-features.js';

/** Long lines of prose score at least this on average in a language the list covers. */
const MIN_MEAN_SHARE = 0.2;
const LONG_SIZE = 100;

export function stopwordsInformative(features: readonly LineFeatures[], hasList: boolean): boolean {
  if (!hasList) return false;
  let n = 0;
  let sum = 0;
  for (const f of features) {
    if (f.chars < LONG_SIZE) continue;
    n++;
    sum += f.stopwords;
  }
  return n === 0 || sum / n >= MIN_MEAN_SHARE;
}
