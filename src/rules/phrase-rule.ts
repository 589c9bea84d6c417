import type { ArticleKind } from '../types.js';
import { PHRASE_FILES } from '../phrases/index.js';
import type { Rule, RuleExamples, Verdict } from './rule.js';

export interface PhraseRuleOptions {
  description: string;
  examples: RuleExamples;
  /** Up to this many words a block that opens with the phrase, or is mostly the phrase, is removed anywhere. */
  maxWords?: number;
}

/** Blocks this short are the phrase and little else: removed wherever they stand. */
const SHORT_WORDS = 12;
/** Up to this length a phrase is still a hint, strong enough after the article's last paragraph. */
const TAIL_WORDS = 40;

/**
 * A rule that reads the phrase data of one kind. The phrase alone never removes long text: the
 * verdict weakens as the block grows, and long blocks only go where the tail agrees (see decide/).
 */
export function phraseRule(kind: ArticleKind, options: PhraseRuleOptions): Rule {
  const maxWords = options.maxWords ?? 25;
  return {
    id: `${kind}/phrase`,
    kind,
    languages: [...new Set(PHRASE_FILES.filter((f) => f.kind === kind).map((f) => f.lang))].sort(),
    description: options.description,
    examples: options.examples,
    test(_block, index, context): Verdict | null {
      const f = context.features[index];
      const hit = f.hits.get(kind);
      if (!hit) return null;
      const reason = `matches the ${hit.lang} phrase group "${hit.group}"`;
      if (f.words <= SHORT_WORDS) return { confidence: 0.9, reason };
      const coverage = hit.length / f.normalised.length;
      if (f.words <= maxWords && (hit.at === 0 || coverage >= 0.4)) return { confidence: 0.85, reason: `${reason} at its start` };
      if (f.words <= TAIL_WORDS) return { confidence: 0.5, reason: `${reason} inside a longer block` };
      return null;
    },
  };
}
