import { phraseRule } from '../phrase-rule.js';

export default phraseRule('cookie-notice', {
  description: 'Cookie and consent notices.',
  examples: {
    kept: 'The bakery sold 2,000 cookies in one day.',
    removed: 'We use cookies to improve your experience',
  },
});
