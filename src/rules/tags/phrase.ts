import { phraseRule } from '../phrase-rule.js';

export default phraseRule('tags', {
  description: 'Topic and tag label lines.',
});
