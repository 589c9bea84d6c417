import { phraseRule } from '../phrase-rule.js';

export default phraseRule('advertisement', {
  description: 'Advertisement labels and "story continues below" markers.',
  examples: {
    kept: 'Advertisement spending rose by a fifth in the quarter, the agency said.',
    removed: 'Story continues below advertisement',
  },
});
