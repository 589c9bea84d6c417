import type { Kind } from '../types.js';
import type { Block } from '../segment/block.js';
import type { Features } from '../features/features.js';
import type { PhraseMatcher } from '../phrases/matcher.js';

/** What a rule says about one block. */
export interface Verdict {
  /** 0..1. At or above 0.8 a block goes anywhere; lower values need the tail or a neighbour to agree. */
  confidence: number;
  /** Why, in a sentence a person can read. */
  reason: string;
  /** Overrides the rule's kind for this verdict. */
  kind?: Kind;
  /** Attribution rules: the syndication source named by the block. */
  source?: string;
  /** The block is boilerplate on its own (a picture caption): its label does not spread to the lines around it. */
  isolated?: boolean;
}

/** Everything a rule may read. Built once per document; rules must not mutate it. */
export interface RuleContext {
  readonly blocks: readonly Block[];
  readonly features: readonly Features[];
  /** ISO 639-1 code of the document's language, when known. */
  readonly lang?: string;
  /** The phrase data, for rules that match a part of a block (a label, say) rather than all of it. */
  readonly phrases: PhraseMatcher;
}

/**
 * What a rule is for, shown in docs/rules.md and checked by tests/rules/examples.test.ts. Each is
 * a block as it would follow a short article (several lines are several blocks; text starting
 * with `<` is an HTML fragment): the rule flags every block of `removed` and none of `kept`.
 */
export interface RuleExamples {
  /** Text the rule must leave alone, ideally a near miss ("Share prices fell"). */
  kept: string;
  /** Text the rule flags. */
  removed: string;
}

export interface Rule {
  /** Stable id, `kind/name`. */
  id: string;
  kind: Kind;
  /** Languages the rule has data for, or `'*'` when it needs none. */
  languages: readonly string[] | '*';
  /** One sentence for the docs. */
  description: string;
  /** Required for built-in rules (a test enforces it); optional for custom ones. */
  examples?: RuleExamples;
  test(block: Block, index: number, context: RuleContext): Verdict | null | undefined;
}

export const STRONG = 0.8;
