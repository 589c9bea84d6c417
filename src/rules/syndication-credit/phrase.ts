import { phraseRule } from '../phrase-rule.js';
import { announcedInText } from '../inline-credit.js';
import type { Rule } from '../rule.js';

const base = phraseRule('syndication-credit', {
  description: 'Agency credits, wire-feed disclaimers, copyright and reprint notices.', maxWords: 40,
  examples: {
    kept: 'The agency said the wire had been cut during the storm.',
    removed: '(With input from news agency language)',
  },
});

// Bare agency names ("Reuters/AP/AFP", "ТАСС") are a credit under the text, but the same names are
// the article's own words where the text lists them (an item among prose items, a line after a
// lead-in ending in a colon) with more of the article after them.
const AGENCY_TAG = /^agency-tag/;

const rule: Rule = {
  ...base,
  test(block, index, context) {
    const verdict = base.test(block, index, context);
    if (!verdict) return verdict;
    const hit = context.features[index].hits.get('syndication-credit');
    if (hit && AGENCY_TAG.test(hit.group) && announcedInText(index, context, (k) => context.features[k].hits.has('syndication-credit') || context.blocks[k].text.includes('/'))) return null;
    return verdict;
  },
};

export default rule;
