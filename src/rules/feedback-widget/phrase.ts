import { phraseRule } from '../phrase-rule.js';

export default phraseRule('feedback-widget', {
  description: '"Was this helpful?" and error-report prompts.',
});
