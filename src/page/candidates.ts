/**
 * Choosing the element that holds the article. Every block carries a signed weight (prose +,
 * chrome -); an element's score is the sum over its subtree, with page-level regions counted as a
 * small loss instead of their content (a comment section full of prose must not pull the root up
 * to the page wrapper). The best root is the subtree with the highest score: going up one level
 * pays only when the level adds more prose than junk. Semantic containers (`<article>`, `<main>`,
 * `itemprop=articleBody`, class words like `entry-content`) earn a bonus that decides near-ties.
 */
import { articleHintCount } from './hints.js';
import { listItems } from './list-items.js';
import type { Region } from './boilerplate-regions.js';
import type { ElementRecord } from './text-stats.js';

/** What a region costs a candidate that contains it, per character: it will be excluded anyway. */
const REGION_COST = 0.1;
const SEMANTIC_BONUS = 0.15;
const HINT_BONUS = 0.06;
/**
 * What a candidate inside a list item keeps of its score: an entry among reviews or teaser cards
 * is not the article, yet the page may offer nothing better, so it is discounted, not barred.
 */
const LIST_ITEM_FACTOR = 0.5;
/** Weight of each further level of nesting in `near`. */
const DECAY = 0.5;

export interface Scores {
  /** Subtree sums of block verdicts (regions at a small cost). */
  score: Float64Array;
  /** Sums where prose deeper than the children counts less and less (see chooseRoot). */
  near: Float64Array;
  best: number;
}

function semanticWeight(r: ElementRecord): number {
  let w = 0;
  if (r.tag === 'article' || r.tag === 'main') w += SEMANTIC_BONUS;
  const prop = r.el.getAttribute('itemprop');
  if (prop && /articlebody|text|description/i.test(prop)) w += SEMANTIC_BONUS * (/articlebody/i.test(prop) ? 2 : 1);
  const role = r.el.getAttribute('role');
  if (role === 'main' || role === 'article') w += SEMANTIC_BONUS;
  if (r.words.length) w += Math.min(2, articleHintCount(r.words)) * HINT_BONUS;
  return w;
}

/**
 * @param regionAt the region each record opens (topmost or nested), or undefined.
 * @param insideRegion true for records under a region (not candidates).
 */
export function chooseRoot(records: readonly ElementRecord[], regionAt: readonly (Region | undefined)[], insideRegion: Uint8Array): Scores {
  const n = records.length;
  // score: the plain subtree sum. near: the same sum with each level below the children halved,
  // so that prose which sits together under one parent outweighs as much prose scattered over
  // many small containers (teaser cards, each with its own title and summary).
  const score = new Float64Array(n);
  const near = new Float64Array(n);
  const decayed = new Float64Array(n);
  for (let i = 0; i < n; i++) { score[i] = records[i].ownValue; near[i] = records[i].ownValue; decayed[i] = records[i].ownValue; }
  for (let i = n - 1; i > 0; i--) {
    const r = records[i];
    const p = r.parent;
    if (regionAt[i]) {
      score[p] -= REGION_COST * r.chars;
      continue;
    }
    score[p] += score[i];
    near[p] += decayed[i];
    decayed[p] += DECAY * decayed[i];
  }
  const item = listItems(records);
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (insideRegion[i] || regionAt[i] || r.own === undefined || r.prose === 0) continue;
    let s = near[i] + Math.max(0, near[i]) * semanticWeight(r);
    if (item[i] && s > 0) s *= LIST_ITEM_FACTOR;
    // >= so that among equal scores the deepest element wins (children follow parents here).
    if (s >= bestValue) { bestValue = s; best = i; }
  }
  return { score, near, best };
}
