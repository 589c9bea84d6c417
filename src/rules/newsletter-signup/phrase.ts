import { phraseRule } from '../phrase-rule.js';

export default phraseRule('newsletter-signup', {
  description: 'Newsletter and e-mail sign-up boxes.',
});
