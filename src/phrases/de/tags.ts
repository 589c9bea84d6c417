import { definePhrases } from '../define.js';

export default definePhrases('de', 'tags', [
  {
    id: 'tags-label',
    patterns: [
      '^(schlagworter|schlagwort|schlagworte|stichworter|stichwort|stichworte|tags|tag|themen|thema|kategorien|kategorie|rubrik|rubriken|ressort|ressorts|stichwortliste)$',
      '^(schlagworter|schlagworte|schlagwort|stichworter|stichworte|tags|kategorien|kategorie|abgelegt unter|veroffentlicht in|rubrik)',
      '^themen (in|zu) diesem (artikel|beitrag)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(mehr zu den themen|mehr zu diesen themen|weitere themen|themen des artikels|artikel zum thema|alle artikel zum thema|mehr zu|weitere artikel zum thema)',
      '^(zum thema|themenseite|themenseiten)$',
    ],
  },
]);
