import { definePhrases } from '../define.js';
import { AGENCY } from './syndication-credit.js';

export default definePhrases('ja', 'attribution', [
  // The label of a "出典：共同通信" line (attribution/source-line reads the label alone), and the label before an agency.
  {
    id: 'source-label',
    patterns: ['^(出典|出所|引用元|配信元|記事提供|情報提供|提供|ソース)$', `^(出典|出所|配信元|記事提供|提供) (${AGENCY})`],
  },
]);
