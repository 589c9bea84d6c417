import { definePhrases } from '../define.js';

export default definePhrases('en', 'slogan-block', [
  {
    id: 'tagline',
    patterns: [
      '(journalism|news|reporting) (you can trust|that matters|without fear or favour|without fear or favor)',
      '^(without|with no) fear or (favour|favor)',
      '^(independent|fearless|trusted) (journalism|news|reporting) (since|for|from) ',
    ],
  },
]);
