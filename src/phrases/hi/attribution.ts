import { definePhrases } from '../define.js';
import { AGENCY } from './syndication-credit.js';

export default definePhrases('hi', 'attribution', [
  // The label of a "स्रोत: पीटीआई" line (attribution/source-line reads the label alone), and the label before an agency; "साभार" is "courtesy of".
  {
    id: 'source-label',
    patterns: ['^(स्रोत|स्त्रोत|सोर्स|साभार)$', '^(खबर|समाचार|मूल) (स्रोत|स्त्रोत)$', `^(स्रोत|स्त्रोत|सोर्स|साभार) (${AGENCY})`],
  },
]);
