import type { Kind } from '../types.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import type { Decision } from './decision.js';

export interface BestVerdicts {
  /** Per block, the most confident verdict of a kind not kept. */
  best: (Decision | undefined)[];
  /** Blocks a rule named with a kept kind: options.keep protects them from context labels too. */
  kept: ReadonlySet<number>;
}

/** Every rule on every block; the most confident verdict wins, earlier rules win ties. */
export function bestVerdicts(rules: readonly Rule[], context: RuleContext, keep: ReadonlySet<Kind>): BestVerdicts {
  const best: (Decision | undefined)[] = new Array(context.blocks.length);
  const kept = new Set<number>();
  context.blocks.forEach((block, i) => {
    for (const rule of rules) {
      const v = rule.test(block, i, context);
      if (!v) continue;
      const kind = v.kind ?? rule.kind;
      if (keep.has(kind)) {
        kept.add(i);
        continue;
      }
      const confidence = Math.max(0, Math.min(1, v.confidence));
      if (!best[i] || confidence > best[i]!.confidence) {
        best[i] = { remove: false, kind, ruleId: rule.id, reason: v.reason, confidence, ...(v.source ? { source: v.source } : {}), ...(v.isolated ? { isolated: true } : {}) };
      }
    }
  });
  return { best, kept };
}
