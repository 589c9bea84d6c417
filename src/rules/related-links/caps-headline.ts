import type { Rule } from '../rule.js';

// Letters, and upper-case letters, of scripts with case; compiled once.
const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const MIN_WORDS = 3;
const MAX_WORDS = 30;
const MIN_LINK_DENSITY = 0.5;
const MIN_UPPER_SHARE = 0.8;

const rule: Rule = {
  id: 'related-links/caps-headline',
  kind: 'related-links',
  languages: '*',
  description: 'A linked line written in capitals, as sites set the headlines of other stories inside an article; prose is not written that way.',
  examples: {
    kept: '<p><a href="/a">Harbour town votes to restore its old ferry</a></p>',
    removed: '<p><a href="/a">HARBOUR TOWN VOTES TO RESTORE ITS OLD FERRY</a></p>',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (block.heading || f.linkDensity < MIN_LINK_DENSITY || f.words < MIN_WORDS || f.words > MAX_WORDS) return null;
    const letters = block.text.match(LETTERS)?.length ?? 0;
    if (letters < 12) return null;
    const upper = block.text.match(UPPER)?.length ?? 0;
    if (upper < letters * MIN_UPPER_SHARE) return null;
    return { confidence: 0.85, reason: 'a linked line in capitals: the headline of another story' };
  },
};

export default rule;
