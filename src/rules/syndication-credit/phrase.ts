import { phraseRule } from '../phrase-rule.js';

export default phraseRule('syndication-credit', {
  description: 'Agency credits, wire-feed disclaimers, copyright and reprint notices.', maxWords: 40,
  examples: {
    kept: 'The agency said the wire had been cut during the storm.',
    removed: '(With input from news agency language)',
  },
});
