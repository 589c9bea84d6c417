import type { Rule } from '../rule.js';

const MIN_DENSITY = 0.75;
const MAX_WORDS = 20;

const rule: Rule = {
  id: 'related-links/link-list',
  kind: 'related-links',
  languages: '*',
  description: 'A short block that is almost all link text, like the items of a related-articles list.',
  test(block, index, context) {
    const f = context.features[index];
    if (f.linkDensity < MIN_DENSITY || f.words > MAX_WORDS) return null;
    return { confidence: block.listItem ? 0.6 : 0.5, reason: `${Math.round(f.linkDensity * 100)}% of its text is link text` };
  },
};

export default rule;
