import { definePhrases } from '../define.js';

export default definePhrases('ro', 'related-links', [
  // The label before a link to another article: "Citește și: <headline>". The label opens the
  // line; a heading like "articole similare" counts only alone.
  {
    id: 'also-read',
    patterns: [
      '^(articole similare|articole conexe)$',
      '^(citește și|citiți și|citeste si|vezi și|vezi si)',
    ],
  },
]);
