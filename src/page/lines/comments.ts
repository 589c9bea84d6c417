/**
 * Where a comment thread starts: a comments label (`12 Kommentare`, `Leave a Reply`), or two
 * comment-meta lines (`Anna says:`, `Reply`) close together. Comments are prose like the article
 * and often longer, so the article must end before them and never be sought among them.
 */
import { isLabel } from './labels.js';
import type { LineClass } from './classify.js';
import type { LineFeatures } from './line-features.js';

/** Two comment-meta lines within this many lines make a thread. */
const META_WINDOW = 12;
/** A comments label needs a comment-meta line within this many lines after it. */
const LABEL_REACH = 20;

/** Index of the first line of the comment section, or -1. Only after some prose: a label in the menu is not a thread. */
export function commentsStart(features: readonly LineFeatures[], classes: readonly LineClass[]): number {
  let seenProse = false;
  let lastMeta = -Infinity;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (classes[i] === 'good') seenProse = true;
    if (!seenProse) continue;
    if (isLabel('comments', f.normalised) && metaFollows(features, i)) return i;
    if (isLabel('comment-meta', f.normalised)) {
      if (i - lastMeta <= META_WINDOW) return threadStart(features, lastMeta);
      lastMeta = i;
    }
  }
  return -1;
}

/**
 * A label is a thread's only when comment-meta lines follow: a counter beside the headline
 * (`5 Kommentare`) is followed by the article instead.
 */
function metaFollows(features: readonly LineFeatures[], label: number): boolean {
  const end = Math.min(features.length, label + 1 + LABEL_REACH);
  for (let i = label + 1; i < end; i++) if (isLabel('comment-meta', features[i].normalised)) return true;
  return false;
}

/** A thread's first meta line is often preceded by the commenter's name and a date: start there. */
function threadStart(features: readonly LineFeatures[], firstMeta: number): number {
  let i = firstMeta;
  for (let k = 0; k < 2 && i > 0 && features[i - 1].words <= 6 && !features[i - 1].sentenceEnd; k++) i--;
  return i;
}
