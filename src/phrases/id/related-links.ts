import { definePhrases } from '../define.js';

export default definePhrases('id', 'related-links', [
  // The label before a link to another article: "Baca juga: <headline>". The label opens the
  // line; a heading like "berita terkait" counts only alone.
  {
    id: 'also-read',
    patterns: [
      '^(berita terkait|artikel terkait|lihat juga)$',
      '^(baca juga|baca pula|simak juga)',
    ],
  },
]);
