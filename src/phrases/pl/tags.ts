import { definePhrases } from '../define.js';

export default definePhrases('pl', 'tags', [
  {
    id: 'tags-label',
    patterns: [
      '^(tagi|tag|słowa kluczowe|słowo kluczowe|tematy|temat|kategorie|kategoria|etykiety|dział|działy)$',
      '^(tagi|słowa kluczowe|słowo kluczowe|kategorie|kategoria|etykiety|opublikowano w|zobacz tagi)',
      '^(tematy|temat) (artykułu|powiązane|w artykule)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(więcej o|wszystko o|więcej na temat|obserwuj temat|śledź temat|powiązane tematy|zobacz więcej o)$',
      '^(wszystko o|obserwuj temat|śledź temat|powiązane tematy|zobacz więcej o)',
    ],
  },
]);
