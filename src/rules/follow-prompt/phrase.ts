import { phraseRule } from '../phrase-rule.js';

export default phraseRule('follow-prompt', {
  description: 'Invitations to follow the publisher on social networks.',
  examples: {
    kept: 'Police will follow the lead, a spokesman said.',
    removed: 'Follow us on Twitter',
  },
});
