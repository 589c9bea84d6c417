import { phraseRule } from '../phrase-rule.js';

export default phraseRule('share-prompt', {
  description: 'Invitations to share the article: "Share this story", "Share on Facebook".',
});
