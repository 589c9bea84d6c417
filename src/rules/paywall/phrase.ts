import { phraseRule } from '../phrase-rule.js';

export default phraseRule('paywall', {
  description: 'Subscription walls and subscriber-only notices.', maxWords: 35,
});
