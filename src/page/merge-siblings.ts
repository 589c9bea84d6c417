/**
 * Articles split across sibling containers: a lede box and a body box, or a body cut in two by an
 * advertisement or a "read also" teaser. When a sibling of the chosen root carries prose of its
 * own, the root moves up to the common parent and the siblings between the parts that are not
 * prose are excluded, so the parts join without the junk between them.
 */
import type { Region } from './boilerplate-regions.js';
import type { ElementRecord } from './text-stats.js';

export interface Merge {
  root: number;
  /** Children of the new root that lie between or beside the parts and are not article. */
  dropped: number[];
}

/** A sibling must bring at least this share of the root's score to count as a part. */
const PART_SHARE = 0.2;
const MAX_LEVELS = 4;
/** Siblings with less text than this are empty wrappers' furniture (icons, spacers). */
const EMPTY = 40;

function childrenOf(records: readonly ElementRecord[], p: number): number[] {
  const out: number[] = [];
  for (let j = p + 1; j < records[p].end; j = records[j].end) out.push(j);
  return out;
}

export function mergeSiblings(records: readonly ElementRecord[], score: Float64Array, near: Float64Array, regionAt: readonly (Region | undefined)[], root: number): Merge {
  let dropped: number[] = [];
  const base = Math.max(near[root], 1);
  // A part holds prose together, as the root does: scattered teaser summaries do not qualify.
  const isPart = (j: number): boolean => !regionAt[j] && records[j].prose > 0
    && near[j] >= base * PART_SHARE && records[j].linkChars < records[j].chars * 0.3;
  let at = root;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const p = records[at].parent;
    if (p <= 0) break; // never climb to the walk root this way
    const siblings = childrenOf(records, p).filter((j) => j !== at);
    if (siblings.some(isPart)) {
      const next: number[] = [];
      for (const j of siblings) {
        if (isPart(j)) continue;
        if (regionAt[j] || (records[j].chars > 0 && score[j] <= 0)) next.push(j);
      }
      dropped = next.concat(dropped);
      root = p;
    } else if (siblings.some((j) => records[j].chars >= EMPTY)) {
      break;
    }
    // Wrappers with nothing else in them are climbed through: the next part may be their uncle.
    at = p;
  }
  return { root, dropped: dropped.filter((d) => d > root && d < records[root].end) };
}
