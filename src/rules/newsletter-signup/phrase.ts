import { phraseRule } from '../phrase-rule.js';

export default phraseRule('newsletter-signup', {
  description: 'Newsletter and e-mail sign-up boxes.',
  examples: {
    kept: 'He subscribed to the view that rates would fall.',
    removed: 'Sign up for our newsletter',
  },
});
