import { definePhrases } from '../define.js';
import { AGENCY } from './syndication-credit.js';

export default definePhrases('ar', 'attribution', [
  // The label of a "المصدر: رويترز" line (attribution/source-line reads the label alone), and the label before an agency.
  {
    id: 'source-label',
    patterns: ['^(المصدر|المصادر|مصدر الخبر|مصدر المقال|نقلا عن)$', `^(المصدر|المصادر) [وكالة] (${AGENCY})`],
  },
]);
