import { phraseRule } from '../phrase-rule.js';

export default phraseRule('cookie-notice', {
  description: 'Cookie and consent notices.',
});
