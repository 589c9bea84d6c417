import { definePhrases } from '../define.js';

export default definePhrases('pl', 'attribution', [
  // Polish has no articles, so "Źródło przecieku nie zostało ustalone" opens a sentence with the bare
  // label word: the singular label counts only before at most three words, an agency or "i agencje".
  // "Źródła w rządzie podają ..." likewise narrows the plural.
  {
    id: 'source-label',
    patterns: [
      '^źródło *$',
      '^źródło (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news|agencje|agencja|własne|opracowanie własne|redakcja|materiały prasowe|informacja prasowa)',
      '^źródło * (i|oraz) (agencje|pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news)$',
      '^źródła$',
      '^źródła (pap|afp|ap|reuters|dpa|efe|ansa|xinhua|bloomberg|iar|ppa|isbnews|bankier|tvn24|rmf fm|polsat news|agencje|agencja)',
      '^źródła * (i|oraz) agencje',
      '^(źródło informacji|źródło zdjęć)',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^(dzięki uprzejmości|za zgodą) ',
      '^(artykuł|tekst) (ukazał się|został opublikowany) (pierwotnie|wcześniej|oryginalnie) (w|na|przez)',
      '^(pierwotnie|oryginalnie) (opublikowany|opublikowano|ukazał się) (w|na|przez)',
    ],
  },
  {
    id: 'about-label',
    patterns: [
      '^(o autorze|o autorce|o autorach|autor|autorka|o nas)$',
      '^o (firmie|fundacji|instytucie|stowarzyszeniu|grupie)',
    ],
  },
]);
