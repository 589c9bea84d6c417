import { definePhrases } from '../define.js';

// Wire agencies a Romanian page names.
const AGENCY = '(agerpres|mediafax|news ro|rador|moldpres|ipn|reuters|afp|ap|dpa|efe|xinhua|bloomberg|agenții|agenții de presă|agenții internaționale|presa internațională)';

export default definePhrases('ro', 'attribution', [
  // "Sursa citată a precizat ..." and "Surse guvernamentale au declarat ..." open news sentences:
  // the label counts only alone, or as the whole line with an agency after it.
  {
    id: 'source-label',
    patterns: ['^sursa$', '^surse$', '^sursele$', '^(sursa articolului|sursa știrii|sursa informației)$', `^sursa ${AGENCY}$`, `^surse ${AGENCY}$`, `^(sursa|surse) * (și|plus) ${AGENCY}$`],
  },
  {
    id: 'credit-opener',
    patterns: ['^(articolul|textul|materialul) a (apărut|fost publicat) (inițial|pentru prima dată|prima dată|mai întâi) (în|pe|la)'],
  },
  {
    id: 'about-label',
    patterns: ['^(despre autor|despre autori|despre noi)$'],
  },
]);
