import { definePhrases } from '../define.js';

export default definePhrases('fr', 'tags', [
  {
    id: 'tags-label',
    patterns: [
      '^(mots cles|mot cle|mots cles associes|tags|tag|themes|theme|sujets|sujet|rubrique|rubriques|categorie|categories|etiquettes|etiquette|thematiques|dossiers)$',
      '^(mots cles|mot cle|tags|etiquettes|categories|categorie|classe dans|classe sous|publie dans|rubrique|rubriques|thematiques)',
      '^(themes|sujets) (de l article|associes|lies|abordes)',
    ],
  },
  {
    id: 'more-on-topics',
    patterns: [
      '^(plus sur|tout sur|en savoir plus sur|retrouvez tous nos articles sur|tous nos articles sur|les articles sur|suivre ces sujets|suivre ce sujet|sujets associes|sujets lies|sur le meme sujet)$',
      '^(tout sur|plus sur|tous les articles sur|suivre le sujet|suivez ce sujet|suivre ce theme)',
    ],
  },
]);
