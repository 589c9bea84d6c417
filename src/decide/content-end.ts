import type { Features } from '../features/features.js';
import type { Block } from '../segment/block.js';
import type { Decision } from './decision.js';

/** A paragraph of the article: prose of some length that no rule doubts. */
export function isArticleParagraph(block: Block, f: Features, verdict: Decision | undefined): boolean {
  if (block.heading || f.linkDensity >= 0.5) return false;
  if ((verdict?.confidence ?? 0) >= 0.5) return false;
  return f.words >= 20 || (f.words >= 10 && f.sentenceEnd);
}

/** Index of the article's last real paragraph, or -1. Everything after it is the tail. */
export function lastArticleParagraph(blocks: readonly Block[], features: readonly Features[], best: readonly (Decision | undefined)[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (isArticleParagraph(blocks[i], features[i], best[i])) return i;
  }
  return -1;
}

