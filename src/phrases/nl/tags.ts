import { definePhrases } from '../define.js';

export default definePhrases('nl', 'tags', [
  {
    id: 'tags-label',
    patterns: [
      '^(tags|tag|trefwoorden|trefwoord|onderwerpen|onderwerp|categorieen|categorie|rubriek|rubrieken|labels|thema s|themas|zoekwoorden)$',
      '^(tags|trefwoorden|trefwoord|categorieen|categorie|rubriek|zoekwoorden|gearchiveerd onder|geplaatst in)',
      '^(onderwerpen|thema s) (in|van) (dit|het) (artikel|verhaal)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(meer over|alles over|volg dit onderwerp|volg onderwerp|volg deze onderwerpen|meer over deze onderwerpen|gerelateerde onderwerpen)$',
      '^(alles over|meer over deze onderwerpen|volg dit onderwerp|volg deze onderwerpen|gerelateerde onderwerpen)',
    ],
  },
]);
