import { definePhrases } from '../define.js';
import { AGENCY } from './syndication-credit.js';

export default definePhrases('zh', 'attribution', [
  // The label of a "来源：新华社" line (attribution/source-line reads the label alone), and the label before an agency, simplified and traditional.
  {
    id: 'source-label',
    patterns: ['^[文章|本文|新闻|新聞|消息|稿件|信息|資料] (来源|來源)$', '^稿源$', `^[文章|本文|新闻|新聞] (来源|來源) (${AGENCY})`],
  },
]);
