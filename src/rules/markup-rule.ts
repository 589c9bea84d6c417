import type { ArticleKind } from '../types.js';
import type { Rule, RuleExamples, Verdict } from './rule.js';

export interface MarkupRuleOptions {
  id: string;
  kind: ArticleKind;
  description: string;
  examples: RuleExamples;
  /** Whether the block's class/id hints (lower case, space-separated) name the part the rule is for. */
  names: (hints: string) => boolean;
  /** A longer block is running text whatever its class says. */
  maxWords: number;
  /** Why, for the verdict. */
  reason: string;
  /** The part is boilerplate on its own (a caption): its label does not spread to its neighbours. */
  isolated?: boolean;
}

/**
 * A rule that trusts the markup's name for a part (an author box, a related-stories list, a caption)
 * for short blocks inside it. The page locator drops such parts when they stand apart; these rules
 * catch them inside the article's own element, where their text reads like the story's.
 */
export function markupRule(options: MarkupRuleOptions): Rule {
  const verdict: Verdict = options.isolated ? { confidence: 0.85, reason: options.reason, isolated: true } : { confidence: 0.85, reason: options.reason };
  return {
    id: options.id,
    kind: options.kind,
    languages: '*',
    description: options.description,
    examples: options.examples,
    test(block, index, context) {
      if (!block.hints || !options.names(block.hints)) return null;
      const f = context.features[index];
      if (f.words === 0 || f.words > options.maxWords) return null;
      return { ...verdict };
    },
  };
}
