import type { Rule, RuleContext } from '../rule.js';

const MAX_WORDS = 25;
const countsByContext = new WeakMap<RuleContext, Map<string, number>>();

function counts(context: RuleContext): Map<string, number> {
  let map = countsByContext.get(context);
  if (!map) {
    map = new Map();
    context.features.forEach((f) => {
      if (f.words > 0 && f.words <= MAX_WORDS) map!.set(f.normalised, (map!.get(f.normalised) ?? 0) + 1);
    });
    countsByContext.set(context, map);
  }
  return map;
}

const rule: Rule = {
  id: 'repeated/in-document',
  kind: 'repeated',
  languages: '*',
  description: 'A short block whose text occurs more than once in the same document, such as a share bar at the top and the bottom.',
  examples: {
    kept: 'Print this page',
    removed: 'Listen to this article\nListen to this article',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (block.heading || f.words === 0 || f.words > MAX_WORDS) return null;
    // A data table repeats its values down a column (a club, a year, a unit): repetition is its shape, not a sign of chrome.
    if (block.tag === 'td' || block.tag === 'th') return null;
    const n = counts(context).get(f.normalised) ?? 0;
    if (n < 2) return null;
    return { confidence: 0.5, reason: `its text occurs ${n} times in the document` };
  },
};

export default rule;
