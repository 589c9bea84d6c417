import { phraseRule } from '../phrase-rule.js';

export default phraseRule('related-links', {
  description: 'Headings and lead-ins of related-article lists: "Read more", "Related articles".',
});
