import type { Rule } from '../rule.js';

// A number with at most one word beside it: "0 Comments", "Comments (3)", "12". A counter in any
// language, but also a date or a list number, so it needs the tail to agree (confidence below 0.8).
const COUNT = /^ (?:\d+(?: [^ \d]+)?|[^ \d]+ \d+) $/u;

const rule: Rule = {
  id: 'comment-counter/bare-count',
  kind: 'comment-counter',
  languages: '*',
  description: 'A bare count with at most one word, as comment and reaction counters show.',
  test(block, index, context) {
    if (block.heading) return null;
    const f = context.features[index];
    if (!COUNT.test(f.normalised)) return null;
    return { confidence: 0.5, reason: 'a bare count with at most one word' };
  },
};

export default rule;
