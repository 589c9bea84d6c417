import { definePhrases } from '../define.js';

export default definePhrases('ru', 'related-links', [
  // The label before a link to another article: "Читайте также: <headline>". The label opens the
  // line; a heading like "по теме" counts only alone.
  {
    id: 'also-read',
    patterns: [
      '^(по теме|материалы по теме|новости по теме)$',
      '^(читайте также|читайте еще|читайте тоже|смотрите также)',
    ],
  },
]);
