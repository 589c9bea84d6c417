import type { Kind } from '../types.js';
import { STRONG, type Rule, type RuleContext } from '../rules/rule.js';
import { bestVerdicts } from './best-verdicts.js';
import { lastArticleParagraph } from './content-end.js';
import { headLabels } from './head-labels.js';
import { labelledListItems } from './labelled-list.js';
import { labelledBoxLines } from './labelled-box.js';
import { findTimelines } from './timeline.js';
import { settleSignOffs } from './sign-off.js';
import { KEEP, LABEL_WORDS, type Decision } from './decision.js';
import type { Block } from '../segment/block.js';
import type { Features } from '../features/features.js';

/** After the article's last paragraph even a weak verdict is enough. */
const TAIL_CONFIDENCE = 0.4;
/** Uncertain verdicts inside the article need a removed neighbour to agree. */
const NEIGHBOUR_CONFIDENCE = 0.5;
/** Unflagged lines this short inside a boilerplate run take the run's label. */
const SHORT_WORDS = 12;
/** A heading this long is a headline, still a label; longer is a sentence set in a heading tag. */
const ORPHAN_WORDS = 12;

function removal(from: Decision, ruleId: string, reason: string): Decision {
  return { remove: true, kind: from.kind as Kind, ruleId, reason, confidence: from.confidence };
}

/**
 * One decision per block. Sure verdicts remove anywhere; uncertain ones need the tail (the blocks
 * after the article's last paragraph) or a removed neighbour; unflagged short lines take the label
 * of the boilerplate around them, so a subheading between paragraphs stays and a short line inside
 * a tail goes.
 */
export interface DecideOptions {
  /**
   * The blocks are a container found on a whole page (extract()), so short labels opening it are the
   * page's. In a text or fragment given to clean(), the opening short lines are the text's own (its
   * title, a kicker) and stay.
   */
  pageContainer?: boolean;
}

export function decide(rules: readonly Rule[], context: RuleContext, keep: ReadonlySet<Kind>, options: DecideOptions = {}): Decision[] {
  const { blocks, features } = context;
  const n = blocks.length;
  const verdicts = bestVerdicts(rules, context, keep);
  const { best } = verdicts;
  // A timeline's dates are its structure, not datelines: they lose their verdicts, and the context
  // steps below leave the dates and the entries alone, as they do blocks the caller keeps. Its last
  // entry may be one short sentence, so the article runs to it and no tail starts inside it.
  const timeline = findTimelines(blocks, features, best);
  for (const i of timeline.dates) best[i] = undefined;
  const kept: ReadonlySet<number> = timeline.blocks.size ? new Set([...verdicts.kept, ...timeline.blocks]) : verdicts.kept;
  // A sign-off cut from a paragraph's end ("… said. (Reuters)") belongs to that paragraph's line: its
  // verdict is about the piece alone, so no tail or run of boilerplate starts at it and swallows the
  // short paragraphs after a kept one.
  for (let i = 0; i < n; i++) {
    const v = best[i];
    if (v && blocks[i].signOff && !v.isolated) best[i] = { ...v, isolated: true };
  }
  const out: Decision[] = Array.from(best, (v) => (v && v.confidence >= STRONG ? { ...v, remove: true } : v ?? KEEP));
  const end = Math.max(lastArticleParagraph(blocks, features, best), timeline.last);

  for (let i = end + 1; i < n; i++) {
    const v = best[i];
    if (v && !out[i].remove && v.confidence >= TAIL_CONFIDENCE) out[i] = { ...v, remove: true, reason: `${v.reason}, after the article's last paragraph` };
  }

  // Related links that sit together confirm each other: a run of blocks that are all link text is
  // a list of other stories even mid-article, where one linked line alone might be a quote's source.
  // (Other kinds do not: numbers in a table repeat, lines of code share openings.)
  for (let i = 0; i + 1 < n; i++) {
    const a = best[i];
    const b = best[i + 1];
    if (!a || !b || a.confidence < NEIGHBOUR_CONFIDENCE || b.confidence < NEIGHBOUR_CONFIDENCE || a.kind !== 'related-links' || b.kind !== 'related-links') continue;
    if (!out[i].remove) out[i] = { ...a, remove: true, reason: `${a.reason}, in a run of ${a.kind}` };
    if (!out[i + 1].remove) out[i + 1] = { ...b, remove: true, reason: `${b.reason}, in a run of ${b.kind}` };
  }

  for (const [i, label] of labelledListItems(blocks, features, out)) {
    if (kept.has(i)) continue;
    out[i] = { remove: true, kind: 'related-links', ruleId: 'context/labelled-list', reason: `an item of a list of links under the label "${blocks[label].text.slice(0, 40)}"`, confidence: out[label].confidence };
  }

  for (const [i, label] of labelledBoxLines(blocks, features, out)) {
    if (kept.has(i)) continue;
    out[i] = { remove: true, kind: out[label].kind, ruleId: 'context/labelled-box', reason: `a line in a small box opened by the removed label "${blocks[label].text.slice(0, 40)}"`, confidence: out[label].confidence };
  }

  // Uncertain verdicts in the body: a removed neighbour settles them. Two sweeps reach runs both ways.
  for (const order of [1, -1]) {
    for (let k = 0; k < n; k++) {
      const i = order === 1 ? k : n - 1 - k;
      const v = best[i];
      if (!v || out[i].remove || v.confidence < NEIGHBOUR_CONFIDENCE) continue;
      if ((out[i - 1]?.remove && !out[i - 1].isolated) || (out[i + 1]?.remove && !out[i + 1].isolated)) out[i] = { ...v, remove: true, reason: `${v.reason}, next to removed boilerplate` };
    }
  }

  for (let i = 0; i < n; i++) {
    if (out[i].remove || !out[i - 1]?.remove || out[i - 1].isolated || kept.has(i)) continue;
    const f = features[i];
    const inTail = i > end;
    if (inTail && f.words <= SHORT_WORDS && !blocks[i].heading) {
      out[i] = removal(out[i - 1], 'context/tail-run', `a short line inside a boilerplate tail, after ${out[i - 1].kind}`);
    } else if (f.words <= LABEL_WORDS && !f.sentenceEnd && out[i + 1]?.remove) {
      out[i] = removal(out[i - 1], 'context/between-boilerplate', `a short line between two removed blocks`);
    }
  }

  // Section labels and dates that open the root before the article's first paragraph ("Artikel",
  // "Kommende Events", "02.02.2022 | News"): the page's, printed above the text.
  for (const i of options.pageContainer ? headLabels(blocks, features, best, out, kept) : []) {
    out[i] = { remove: true, kind: 'page-chrome', ruleId: 'context/head-label', reason: "a short label opening the article's container, before its first paragraph", confidence: 0.5 };
  }
  // A label line ("Related", "Mehr dazu") that leads into a removed tail block.
  for (let i = n - 2; i > end; i--) {
    if (out[i].remove || !out[i + 1].remove || out[i + 1].isolated || kept.has(i)) continue;
    const f = features[i];
    if (f.words <= LABEL_WORDS && !f.sentenceEnd) out[i] = removal(out[i + 1], 'context/tail-label', `a short label leading into ${out[i + 1].kind}`);
  }
  // A heading that heads nothing: after it the page has only removed blocks, or none. What it introduced
  // (a link list, a box) was cut, by the page locator or the rules above, so the label goes with it.
  let keptAfter = false;
  for (let i = n - 1; i > end; i--) {
    if (!out[i].remove && !kept.has(i) && isOrphanLabel(blocks[i], features[i])) {
      out[i] = { remove: true, kind: nextKind(out, i), ruleId: 'context/orphan-heading', reason: 'a heading with nothing kept after it', confidence: 0.5 };
      continue;
    }
    if (!out[i].remove) keptAfter = true;
    if (keptAfter) break;
  }
  return settleSignOffs(blocks, out);
}

// Headings only: a line ending in a colon ("See more photos:") often leads into pictures the text cannot show.
function isOrphanLabel(block: Block, f: Features): boolean {
  return block.heading && f.words > 0 && f.words <= ORPHAN_WORDS;
}

/** The kind of the first removed block after i, or related-links: a closing heading most often led to other stories. */
function nextKind(out: readonly Decision[], i: number): Kind {
  for (let k = i + 1; k < out.length; k++) if (out[k].remove && out[k].kind) return out[k].kind!;
  return 'related-links';
}
