import { phraseRule } from '../phrase-rule.js';

export default phraseRule('share-prompt', {
  description: 'Invitations to share the article: "Share this story", "Share on Facebook".',
  examples: {
    kept: 'Share prices fell by four per cent on Tuesday.',
    removed: 'If you like this story, share it with a friend!',
  },
});
