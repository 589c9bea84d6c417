import type { Block } from '../segment/block.js';
import type { Decision } from './decision.js';

/** The rules that judge a credit or an attribution on its own: a sign-off they remove is one. */
const CREDIT_RULE = /^(syndication-credit|attribution)\//;

/** Whether a decision removes its block by a credit or attribution rule's own verdict. */
export function creditRemoval(d: Decision | undefined): boolean {
  return d !== undefined && d.remove && CREDIT_RULE.test(d.ruleId ?? '');
}

/**
 * A sign-off cut from the end of a paragraph ("… said. -- BERNAMA", "… (Laughter)") is cut so the
 * credit rules can judge it alone. Only their verdict removes it; any other decision (a tail label
 * before a share prompt, a short line in a tail, the memory of repeated lines) is not about the
 * piece itself, so it takes the decision of the paragraph it was cut from: kept with a kept
 * paragraph, removed with a removed one. Decisions are changed in place and returned.
 */
export function settleSignOffs(blocks: readonly Block[], decisions: Decision[]): Decision[] {
  for (let i = 1; i < blocks.length; i++) {
    if (!blocks[i].signOff || creditRemoval(decisions[i])) continue;
    const paragraph = decisions[i - 1];
    if (decisions[i].remove === paragraph.remove) continue;
    decisions[i] = paragraph.remove ? { ...paragraph, reason: `${paragraph.reason}, cut from the end of the removed paragraph before it` } : { remove: false, confidence: 0 };
  }
  return decisions;
}
