import { phraseRule } from '../phrase-rule.js';

export default phraseRule('feedback-widget', {
  description: '"Was this helpful?" and error-report prompts.',
  examples: {
    kept: 'The report was helpful to the investigators, police said.',
    removed: 'Was this article helpful?',
  },
});
