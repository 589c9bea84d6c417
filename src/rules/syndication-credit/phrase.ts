import { phraseRule } from '../phrase-rule.js';

export default phraseRule('syndication-credit', {
  description: 'Agency credits, wire-feed disclaimers, copyright and reprint notices.', maxWords: 40,
});
