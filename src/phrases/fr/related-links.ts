import { definePhrases } from '../define.js';

export default definePhrases('fr', 'related-links', [
  {
    id: 'read-more',
    patterns: [
      '^(lire aussi|a lire aussi|lire egalement|a lire egalement|a lire|lire la suite|voir aussi|a voir aussi|a voir|a decouvrir|a decouvrir aussi|a ecouter|a ecouter aussi|en savoir plus|pour aller plus loin|sur le meme sujet|sur le meme theme|dans la meme rubrique|lire plus)',
      '^(lire|voir) (l article|le reportage|la video|notre article|notre enquete|notre dossier)',
      '^(cliquez|cliquer) ici',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '^(vous aimerez aussi|vous aimerez peut etre|vous pourriez aussi aimer|vous pourriez aimer|vous pourriez etre interesse|ceci pourrait vous interesser|cela pourrait vous interesser|ces articles pourraient vous interesser|nos lecteurs ont aussi lu|recommande pour vous|recommandes pour vous|nos recommandations|notre selection)',
      '(vous aimerez|vous pourriez) (aussi|egalement|peut etre) (aimer|lire)',
      '^(articles|sujets|contenus) (lies|associes|similaires|recommandes|en lien)',
      '^(les plus lus|plus lus|les plus partages|les plus commentes|tendances|a la une|derniers articles|dernieres actualites|dernieres infos|les dernieres actualites|l actualite en continu|en continu|plus d actualites|toute l actualite)$',
      '^(plus de|plus d) (articles|actualites|infos|informations) (sur|de|du|des|dans)',
      '^(article|articles) (precedent|suivant|precedents|suivants)$',
      '^(precedent|suivant)$',
    ],
  },
  {
    id: 'find-it-here',
    patterns: [
      '(a retrouver|a lire|a decouvrir) ici$',
      '(nous expliquons|on vous explique|on explique) * dans notre (article|dossier|guide)',
    ],
  },
]);
