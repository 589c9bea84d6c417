import { definePhrases } from '../define.js';
import { AGENCY } from './syndication-credit.js';

export default definePhrases('ko', 'attribution', [
  // The label of a "출처: 연합뉴스" line (attribution/source-line reads the label alone), and the label before an agency.
  {
    id: 'source-label',
    patterns: ['^[기사|원문|뉴스] 출처$', `^[기사|원문] 출처 (${AGENCY})`],
  },
]);
