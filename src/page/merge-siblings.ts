/**
 * Articles split across sibling containers: a lede box and a body box, or a body cut in two by an
 * advertisement or a "read also" teaser. When the siblings of the chosen root carry prose of their
 * own, the root moves up to the common parent and the siblings that are not prose are excluded,
 * so the parts join without the junk between them.
 */
import type { PageKind } from '../types.js';
import type { Region } from './boilerplate-regions.js';
import { namesArticleBody } from './hints.js';
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
/** Text below this length is too common to call a repeat. */
const REPEAT_MIN = 200;
/** Regions after which the article does not resume. */
const ENDS_ARTICLE: ReadonlySet<PageKind> = new Set(['comments', 'footer']);
/** A teaser region with this many links is a list of other stories, not a promo inside the article. */
const TEASER_LIST_LINKS = 4;

/**
 * After a comment section, a footer or a list of other stories the article does not resume: what
 * follows is more of the page's furniture (a news ticker, a second teaser block). A single promo
 * box can sit between two parts of one article.
 */
function endsArticle(r: ElementRecord, region: Region | undefined): boolean {
  if (!region) return false;
  return ENDS_ARTICLE.has(region.kind) || (region.kind === 'teaser-list' && r.linkCount >= TEASER_LIST_LINKS);
}
/** Siblings with less text than this are empty wrappers' furniture (icons, spacers). */
const EMPTY = 40;
/**
 * Levels that add text without joining are climbed through while that text stays below this share
 * of the root's score: small furniture (a cooking time, a module heading) between the parts.
 */
const CLIMB_SHARE = 0.15;
/** Below this cost per character a non-prose sibling is links or chrome, not plain data. */
const PLAIN_COST = 0.3;
/** Link blocks shorter than this on average are buttons and counters, not teaser headlines. */
const HEADLINE_LINK = 12;
/** Plain text up to this length right before dropped furniture is taken for its label. */
const LABEL_CHARS = 60;

/**
 * A test for "this subtree's text occurs again elsewhere on the page": a ticker or a teaser block
 * printed twice (top and bottom), which is the template's, not the article's. Compared by a
 * signature of counts, not text, so the index is one pass over the records.
 */
function repeatedElsewhere(records: readonly ElementRecord[]): (j: number) => boolean {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.chars < REPEAT_MIN || r.own === undefined) continue;
    const key = `${r.chars}:${r.wordCount}:${r.stopwords}:${r.linkChars}:${r.prose}`;
    const g = groups.get(key);
    if (g) g.push(i); else groups.set(key, [i]);
  }
  return (j) => {
    const r = records[j];
    if (r.chars < REPEAT_MIN) return false;
    const g = groups.get(`${r.chars}:${r.wordCount}:${r.stopwords}:${r.linkChars}:${r.prose}`);
    // Another member that is neither inside j nor around it (wrappers share their only child's counts).
    return !!g && g.some((k) => k !== j && (k < j || k >= r.end) && (j < k || j >= records[k].end));
  };
}

/**
 * Climbs from the chosen root while the siblings at each level add prose of their own and not a
 * crowd of links: article modules, a lede box, the second half of a body cut by an advertisement.
 * Teaser cards also carry prose (their summaries) but bring at least one link per summary.
 */
export function mergeSiblings(records: readonly ElementRecord[], score: Float64Array, regionAt: readonly (Region | undefined)[], root: number): Merge {
  const dropped: number[] = [];
  let pending: number[] = [];
  let at = root;
  let level = 0;
  // What the levels climbed since the last join add up to: a part can sit several wrappers away
  // (a page builder's next module), behind levels that add only a little (a cooking time, a
  // module heading) and are joined with it.
  let gain = 0;
  let chars = 0;
  let linkChars = 0;
  let links = 0;
  let prose = 0;
  let text = 0;
  let plain = 0;
  let dup: ((j: number) => boolean) | undefined;
  for (let steps = 0; level < MAX_LEVELS && steps < MAX_STEPS; steps++) {
    const p = records[at].parent;
    if (p <= 0) break; // never climb to the walk root this way
    // The parent's own inline text (paragraphs written as bare text and <br>s beside the
    // chosen block) is a part like any sibling element.
    const pr = records[p];
    if (pr.own && pr.own.chars > 0) {
      text += pr.own.chars;
      if (pr.ownValue > 0) {
        gain += pr.ownValue;
        chars += pr.own.chars;
        if (pr.own.linkChars * 2 > pr.own.chars) { linkChars += pr.own.chars; links++; }
        if (pr.ownValue >= pr.own.chars * 0.5 && pr.own.chars >= 60) prose++;
      }
    }
    let ended = false;
    let prev = -1;
    let label = -1;
    for (let j = p + 1; j < pr.end; j = records[j].end) {
      if (j === at) { prev = j; label = -1; continue; }
      const r = records[j];
      // Chrome inside an article module (a gallery's caption, a share bar) is the module's furniture,
      // not the page's edge: a long caption must not stop the climb to the next module.
      if (regionAt[j]?.kind !== 'page-chrome') text += r.chars;
      if (j > at && endsArticle(r, regionAt[j])) ended = true;
      if (ended || regionAt[j] || score[j] <= 0 || (score[j] > 0 && (dup ??= repeatedElsewhere(records))(j))) {
        // Plain text that is not prose (an ingredient list, a cooking time, a table of results)
        // stays with the parts it sits between; links, regions and repeats are dropped.
        if (r.chars > 0 && (ended || regionAt[j] || score[j] > 0 || score[j] < -PLAIN_COST * r.chars)) {
          // A short label right before dropped furniture is its heading ("Related topics").
          if (label === prev && label >= 0) pending.push(label);
          pending.push(j);
          label = -1;
        } else if (r.chars > 0) {
          label = r.chars <= LABEL_CHARS ? j : -1;
          plain += r.chars;
        }
        prev = j;
        continue;
      }
      prev = j;
      label = -1;
      gain += score[j];
      chars += r.chars;
      linkChars += r.linkBlockChars;
      links += r.linkBlocks;
      prose += r.prose;
    }
    const base = Math.max(score[root], 1);
    // Teaser cards bring a headline link each; a crowd of tiny links (counters, "save" buttons) does not count.
    const fewLinks = linkChars <= chars * 0.3 && (links <= prose + 2 || linkChars < links * HEADLINE_LINK);
    const joins = (gain >= base * GAIN_SHARE && gain >= MIN_GAIN && prose > 0 && fewLinks)
      // The article's named body container: its plain text is the article's (a calendar, a table of results).
      || (plain >= EMPTY && gain >= 0 && fewLinks && namesArticleBody(pr.el, pr.words));
    if (joins) {
      for (const j of pending) dropped.push(j);
      pending = [];
      gain = chars = linkChars = links = prose = text = plain = 0;
      root = p;
      level++;
    } else if (text >= base * CLIMB_SHARE && text >= EMPTY) {
      break;
    }
    at = p;
  }
  return { root, dropped: dropped.filter((d) => d > root && d < records[root].end) };
}
