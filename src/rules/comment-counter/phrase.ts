import { phraseRule } from '../phrase-rule.js';

export default phraseRule('comment-counter', {
  description: 'Comment counters and comment-section prompts: "0 Comments", "Leave a comment".',
  examples: {
    kept: 'He declined to comment on the report.',
    removed: '0 Comments',
  },
});
