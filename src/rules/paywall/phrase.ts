import { phraseRule } from '../phrase-rule.js';

export default phraseRule('paywall', {
  description: 'Subscription walls and subscriber-only notices.', maxWords: 35,
  examples: {
    kept: 'Subscriptions to the streaming service fell in the spring.',
    removed: 'Subscribe to continue reading',
  },
});
