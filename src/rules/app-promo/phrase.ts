import { phraseRule } from '../phrase-rule.js';

export default phraseRule('app-promo', {
  description: 'Invitations to download the publisher\'s app.',
});
