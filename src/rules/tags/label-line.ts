import { normaliseForMatch } from '../../phrases/normalise.js';
import type { Rule } from '../rule.js';

// "Tags: politics, economy", "Schlagwörter: Politik", "Filed under Business". The label alone is
// not enough: "Topics discussed included…" opens a sentence with the same word, so a tag line is a
// label with a colon, or a short line without sentence shape that opens with the label.
const LABELLED = /^\s*([\p{L}][\p{L}\p{M} '’-]{1,30}?)\s*[:：]\s*(.*)$/u;
// The label's colon, looked for first: most lines have none and skip the regex.
const COLON = /[:：]/;
const MAX_WORDS = 30;
const SHORT_WORDS = 8;

const rule: Rule = {
  id: 'tags/label-line',
  kind: 'tags',
  languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
  description: 'A line of topic tags: a tags label with a colon, or a short label line without sentence shape.',
  examples: {
    kept: 'Topics discussed included the port budget and the new bridge.',
    removed: 'Tags: politics, economy',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (f.words > MAX_WORDS || block.heading) return null;
    const m = COLON.test(block.text) ? LABELLED.exec(block.text) : null;
    if (m) {
      const label = normaliseForMatch(m[1]);
      const hit = context.phrases.match('tags', label);
      if (hit && hit.at === 0 && hit.length === label.length) return { confidence: 0.85, reason: `a "${m[1].trim()}:" label followed by topics (${hit.lang})` };
    }
    const hit = f.hits.get('tags');
    if (hit && hit.at === 0 && f.words <= SHORT_WORDS && !f.sentenceEnd) return { confidence: 0.85, reason: `a short line opening with a tags label (${hit.lang} "${hit.group}")` };
    return null;
  },
};

export default rule;
