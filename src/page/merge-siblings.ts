/**
 * Articles split across sibling containers: a lede box and a body box, or a body cut in two by an
 * advertisement or a "read also" teaser. When the siblings of the chosen root carry prose of their
 * own, the root moves up to the common parent and the siblings that are not prose are excluded,
 * so the parts join without the junk between them.
 */
import type { Region } from './boilerplate-regions.js';
import type { ElementRecord } from './text-stats.js';

export interface Merge {
  root: number;
  /** Children of the new root that lie between or beside the parts and are not article. */
  dropped: number[];
}

/** Siblings must add at least this share of the root's score, and this many points, to be joined. */
const GAIN_SHARE = 0.05;
const MIN_GAIN = 50;
/** Levels with content joined at most, and wrappers climbed at most (empty ones included). */
const MAX_LEVELS = 4;
const MAX_STEPS = 12;
/** Siblings with less text than this are empty wrappers' furniture (icons, spacers). */
const EMPTY = 40;

function childrenOf(records: readonly ElementRecord[], p: number): number[] {
  const out: number[] = [];
  for (let j = p + 1; j < records[p].end; j = records[j].end) out.push(j);
  return out;
}

/**
 * Climbs from the chosen root while the siblings at each level add prose of their own and not a
 * crowd of links: article modules, a lede box, the second half of a body cut by an advertisement.
 * Teaser cards also carry prose (their summaries) but bring at least one link per summary.
 */
export function mergeSiblings(records: readonly ElementRecord[], score: Float64Array, regionAt: readonly (Region | undefined)[], root: number): Merge {
  let dropped: number[] = [];
  let at = root;
  let level = 0;
  for (let steps = 0; level < MAX_LEVELS && steps < MAX_STEPS; steps++) {
    const p = records[at].parent;
    if (p <= 0) break; // never climb to the walk root this way
    const siblings = childrenOf(records, p).filter((j) => j !== at);
    // The parent's own inline text (paragraphs written as bare text and <br>s beside the
    // chosen block) is a part like any sibling element.
    const pr = records[p];
    const own = pr.own && pr.ownValue > 0 ? pr.own : undefined;
    let gain = own ? pr.ownValue : 0;
    let chars = own ? own.chars : 0;
    let linkChars = own && own.linkChars * 2 > own.chars ? own.chars : 0;
    let links = 0;
    let prose = own && pr.ownValue >= own.chars * 0.5 && own.chars >= 60 ? 1 : 0;
    let text = pr.own?.chars ?? 0;
    for (const j of siblings) {
      const r = records[j];
      text += r.chars;
      if (regionAt[j] || score[j] <= 0) continue;
      gain += score[j];
      chars += r.chars;
      linkChars += r.linkBlockChars;
      links += r.linkBlocks;
      prose += r.prose;
    }
    const base = Math.max(score[root], 1);
    const joins = gain >= base * GAIN_SHARE && gain >= MIN_GAIN && prose > 0
      && linkChars <= chars * 0.3 && links <= prose + 2;
    if (joins) {
      for (const j of siblings) {
        if (regionAt[j] || (records[j].chars > 0 && score[j] <= 0)) dropped.push(j);
      }
      root = p;
      level++;
    } else if (text >= EMPTY) {
      break;
    }
    // Wrappers with nothing else in them are climbed through: the next part may be their uncle.
    at = p;
  }
  return { root, dropped: dropped.filter((d) => d > root && d < records[root].end) };
}
