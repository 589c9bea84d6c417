import { phraseRule } from '../phrase-rule.js';

export default phraseRule('reading-meta', {
  description: 'Reading time, listen/print/font-size controls and update stamps.',
});
