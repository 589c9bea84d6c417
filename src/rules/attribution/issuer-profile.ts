import type { Rule } from '../rule.js';

// The profile of the issuer that closes a press release: "Acme is a leading provider of ...", "Acme is
// headquartered in ...". A head count or a stock listing closes business news stories as often, so
// the data leaves those out. In a news story the same sentence can be background, so the verdict is weak: it goes only after the article's last paragraph (a run of such
// paragraphs at the end is itself the tail) or beside removed boilerplate. The words are phrase data
// (attribution, group issuer-profile).
const GROUP = 'issuer-profile';

const rule: Rule = {
  id: 'attribution/issuer-profile',
  kind: 'attribution',
  languages: ['de', 'en', 'es', 'fr'],
  description: 'A closing company profile of a press release ("Acme is a leading provider of ...", "is headquartered in ..."); removed only in the tail.',
  examples: {
    kept: 'The harbour authority said the ferry would return to service next spring.',
    removed: 'Harbour Ferries Ltd is a leading provider of lake transport in the region. The company is headquartered in Lakeside and employs around 300 people.',
  },
  test(_block, index, context) {
    const hit = context.features[index].hits.get('attribution');
    if (!hit || hit.group !== GROUP) return null;
    return { confidence: 0.5, reason: `a company profile (${hit.lang} phrase group "${GROUP}")` };
  },
};

export default rule;
