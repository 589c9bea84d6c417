import type { Decision } from '../decide/decision.js';
import type { Block } from '../segment/block.js';
import type { Kind, Removed } from '../types.js';

/** One piece of a judged document, in document order: a kept block, or a removed block or region. */
export interface Segment {
  text: string;
  /** The block's element (`p`, `h2`, `li`, `line` for text input, `region` for a page-level removal). */
  tag: string;
  heading: boolean;
  /** Present when the piece is removed. */
  removed?: Removed;
}

/** Every block with its decision, for reports that show the whole document. */
export function blockSegments(blocks: readonly Block[], decisions: readonly Decision[]): Segment[] {
  return blocks.map((b, i) => {
    const d = decisions[i];
    const segment: Segment = { text: b.text, tag: b.tag, heading: b.heading };
    if (d.remove) segment.removed = { kind: d.kind as Kind, text: b.text, ruleId: d.ruleId!, reason: d.reason! };
    return segment;
  });
}

/** A page-level removal (navigation, footer, …) as one segment. */
export function regionSegment(record: Removed): Segment {
  return { text: record.text, tag: 'region', heading: false, removed: record };
}
