import { phraseRule } from '../phrase-rule.js';

export default phraseRule('related-links', {
  description: 'Headings and lead-ins of related-article lists: "Read more", "Related articles".',
  examples: {
    kept: 'The charges are related to the case of a missing ship.',
    removed: 'Related articles',
  },
});
