import { definePhrases } from '../define.js';

export default definePhrases('sv', 'related-links', [
  // The label before a link to another article: "Läs också: <headline>". The label opens the
  // line; a heading like "relaterat" counts only alone.
  {
    id: 'also-read',
    patterns: [
      '^(relaterat|relaterade artiklar|se också)$',
      '^(läs också|läs även|läs mer)',
    ],
  },
]);
