import { definePhrases } from '../define.js';

export default definePhrases('it', 'attribution', [
  // "Fonti vicine al governo ..." opens news sentences, so the plural label is narrowed.
  {
    id: 'source-label',
    patterns: [
      '^fonte',
      '^fonti$',
      '^fonti (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy|agenzie|agenzia)',
      '^fonti * (e|con) agenzie',
    ],
  },
  {
    id: 'credit-opener',
    patterns: [
      '^(per gentile concessione|su gentile concessione|con il permesso) (di|del|della|dello)',
      '^(pubblicato|pubblicata|apparso|apparsa) (originariamente|originalmente|inizialmente|per la prima volta) (su|in|da)',
      '^(questo|l) articolo (e stato pubblicato|e apparso) (originariamente|per la prima volta) (su|in)',
    ],
  },
  {
    id: 'about-label',
    patterns: [
      '^(sull autore|sull autrice|l autore|l autrice|gli autori|chi siamo|informazioni sull autore)$',
      '^(informazioni su|a proposito di) * (spa|srl|gruppo|group|fondazione|istituto|associazione)$',
    ],
  },
]);
