import type { Decision } from '../decide/decision.js';
import type { Features } from '../features/features.js';
import type { Block } from '../segment/block.js';
import type { Kind } from '../types.js';
import { hash53 } from './hash.js';
import { pageKey } from './page-key.js';
import type { SiteMemory } from './site-memory.js';

export const RULE_ID = 'repeated/across-pages';

/**
 * Removing recurring blocks may take at most this share of the text a page keeps after the rules.
 * Template lines (promos, footers, bylines of the house) are a small frame around each article;
 * when the recurring blocks would be most of what is left, the page itself is a repeat (a reprint,
 * an AMP copy, a second URL for one story) and removing them would remove the article.
 */
export const MAX_SHARE_OF_KEPT_TEXT = 0.5;

/** How a cleaner uses its memory for one call. */
export interface MemoryUse {
  memory: SiteMemory;
  /** false for detect(): a dry run reads the memory but teaches it nothing. */
  learn: boolean;
}

/** The fingerprint of each block: a hash of its normalised text, or null for a block without words. */
function fingerprints(features: readonly Features[]): (number | null)[] {
  return features.map((f) => (f.words > 0 ? hash53(f.normalised) : null));
}

/**
 * The memory step, run after judge(): blocks the rules kept but that are on at least `minPages`
 * pages of this site become `repeated` removals (within the guard above); then this page's blocks
 * are recorded. Returns the decisions, a new array when something changed.
 */
export function rememberPage(
  use: MemoryUse | undefined,
  url: string | undefined,
  keep: ReadonlySet<Kind>,
  blocks: readonly Block[],
  features: readonly Features[],
  decisions: Decision[],
): Decision[] {
  const key = use ? pageKey(url) : null;
  if (!use || !key) return decisions;
  const fps = fingerprints(features);
  const { minPages } = use.memory.settings;
  const counts = use.memory.pageCounts(key.site, key.page, fps);
  const out = keep.has('repeated') ? decisions : guardedRemovals(blocks, decisions, counts, minPages, key.site);
  if (use.learn) use.memory.record(key.site, key.page, fps);
  return out;
}

function guardedRemovals(blocks: readonly Block[], decisions: Decision[], counts: readonly number[], minPages: number, site: string): Decision[] {
  let kept = 0;
  let recurring = 0;
  const hits: number[] = [];
  blocks.forEach((b, i) => {
    if (decisions[i].remove) return;
    kept += b.text.length;
    if (counts[i] >= minPages) {
      recurring += b.text.length;
      hits.push(i);
    }
  });
  if (!hits.length || recurring > kept * MAX_SHARE_OF_KEPT_TEXT) return decisions;
  const out = decisions.slice();
  const reason = `the same text is on at least ${minPages} pages of ${site}`;
  for (const i of hits) out[i] = { remove: true, kind: 'repeated', ruleId: RULE_ID, reason, confidence: 1 };
  return out;
}
