import type { Decision } from '../decide/decision.js';
import type { Block } from '../segment/block.js';
import type { Finding, Kind, Removed } from '../types.js';

/** Removed blocks as the public Removed records, in block order. */
export function removedRecords(blocks: readonly Block[], decisions: readonly Decision[]): Removed[] {
  const out: Removed[] = [];
  blocks.forEach((b, i) => {
    const d = decisions[i];
    if (d.remove) out.push({ kind: d.kind as Kind, text: b.text, ruleId: d.ruleId!, reason: d.reason! });
  });
  return out;
}

/** Findings for text input: offsets are the block's own. */
export function textFindings(blocks: readonly Block[], decisions: readonly Decision[]): Finding[] {
  const out: Finding[] = [];
  blocks.forEach((b, i) => {
    const d = decisions[i];
    if (d.remove) out.push({ kind: d.kind as Kind, text: b.text, ruleId: d.ruleId!, reason: d.reason!, start: b.start, end: b.end });
  });
  return out;
}

/** The syndication source named by the first attribution block, if any. */
export function syndicationSource(decisions: readonly Decision[]): string | undefined {
  return decisions.find((d) => d.remove && d.source)?.source;
}
