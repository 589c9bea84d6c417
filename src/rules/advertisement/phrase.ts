import { phraseRule } from '../phrase-rule.js';

export default phraseRule('advertisement', {
  description: 'Advertisement labels and "story continues below" markers.',
});
