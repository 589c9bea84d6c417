import { definePhrases } from '../define.js';

export default definePhrases('cs', 'related-links', [
  // The label before a link to another article: "Čtěte také: <headline>". The label opens the
  // line; a heading like "související" counts only alone.
  {
    id: 'also-read',
    patterns: [
      '^(související|související články|související zprávy)$',
      '^(čtěte také|čtěte též|čtěte rovněž|přečtěte si také|přečtěte si též)',
    ],
  },
]);
