import { phraseRule } from '../phrase-rule.js';

export default phraseRule('comment-counter', {
  description: 'Comment counters and comment-section prompts: "0 Comments", "Leave a comment".',
});
