import { phraseRule } from '../phrase-rule.js';

export default phraseRule('donation-appeal', {
  description: 'Appeals for money or membership: "Support independent journalism", "Donate now".', maxWords: 40,
});
