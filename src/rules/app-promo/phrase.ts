import { phraseRule } from '../phrase-rule.js';

export default phraseRule('app-promo', {
  description: 'Invitations to download the publisher\'s app.',
  examples: {
    kept: 'The city launched an app for parking fines last year.',
    removed: 'Download our app',
  },
});
