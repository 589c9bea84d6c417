import { phraseRule } from '../phrase-rule.js';

export default phraseRule('reading-meta', {
  description: 'Reading time, listen/print/font-size controls and update stamps.',
  examples: {
    kept: 'The minister read the statement aloud to the room.',
    removed: '5 min read',
  },
});
