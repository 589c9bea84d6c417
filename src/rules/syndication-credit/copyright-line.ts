import type { Rule } from '../rule.js';

// "© 2024 Agency", "(c) 2021 …", "Copyright 2019 …", "Copyright © …": the notice opens the block.
// The bare word needs a sign, a year or "by" after it: "Copyright law has not kept pace" is prose.
const COPYRIGHT = /^\s*(?:©|\(c\)|℗|copyright\s*(?:©|\(c\)|\d{4}\b|by\b))/iu;
const MAX_WORDS = 45;

const rule: Rule = {
  id: 'syndication-credit/copyright-line',
  kind: 'syndication-credit',
  languages: '*',
  description: 'A short block that opens with a copyright sign or the word Copyright, as reprint notices do.',
  examples: {
    kept: 'The copyright dispute between the two publishers reached the supreme court on Monday.',
    removed: '© 2024 Northwind Press. All rights reserved.',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (f.words > MAX_WORDS || block.heading) return null;
    const m = COPYRIGHT.exec(block.text);
    if (!m) return null;
    return { confidence: f.words <= 20 ? 0.85 : 0.6, reason: 'opens with a copyright notice' };
  },
};

export default rule;
