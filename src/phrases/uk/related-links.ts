import { definePhrases } from '../define.js';

export default definePhrases('uk', 'related-links', [
  // The label before a link to another article: "Читайте також: <headline>". The label opens the
  // line; a heading like "по темі" counts only alone.
  {
    id: 'also-read',
    patterns: [
      '^(по темі|на тему|матеріали по темі|новини по темі)$',
      '^(читайте також|читайте ще|дивіться також)',
    ],
  },
]);
