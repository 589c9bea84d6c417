import type { Rule } from '../rule.js';

const MIN_DENSITY = 0.75;
const MAX_WORDS = 20;

const rule: Rule = {
  id: 'related-links/link-list',
  kind: 'related-links',
  languages: '*',
  description: 'A short block that is almost all link text, like the items of a related-articles list.',
  examples: {
    kept: '<p>The ministry published <a href="/r">its report</a> on Monday, a week later than planned, after a row over the figures.</p>',
    removed: '<ul><li><a href="/a">Harbour fire: what we know so far</a></li><li><a href="/b">Election results in full</a></li></ul>',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (f.linkDensity < MIN_DENSITY || f.words > MAX_WORDS) return null;
    return { confidence: block.listItem ? 0.6 : 0.5, reason: `${Math.round(f.linkDensity * 100)}% of its text is link text` };
  },
};

export default rule;
