import { definePhrases } from '../define.js';

export default definePhrases('nl', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      'leestijd # (min|minuut|minuten)',
      '^(leestijd|geschatte leestijd)',
      '# (min|minuut|minuten) (leestijd|lezen)$',
      '^# (min|minuut|minuten) (leestijd|lezen|om te lezen)',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(bijgewerkt|gepubliceerd|aangepast|laatst bijgewerkt|geplaatst|update|gewijzigd) (op|om|#|vandaag|gisteren)',
      '^(bijgewerkt|gepubliceerd|geplaatst) [op ](maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|#)',
      '^# (minuut|minuten|min|uur|dag|dagen|u) geleden$',
      '^(bijgewerkt|gepubliceerd|geplaatst)$',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^(print|printen|afdrukken|opslaan|bewaren|beluister|luister|voorlezen|cadeau geven|tekstgrootte|lettergrootte|a a)$',
      '^(print|beluister|bewaar|luister naar|lees voor|geef) [dit |het ](artikel|verhaal)',
      '(beluister|luister naar) (dit|het) (artikel|verhaal)',
      '^(tekstgrootte|lettergrootte|tekst groter|tekst kleiner)',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      '(dit|het) (artikel|bericht) is [meer dan |ruim |al ]# (jaar|jaren|maanden|maand) oud',
      '(dit|het) (artikel|bericht) (is|werd) [meer dan |ruim ]# (jaar|jaren|maanden) geleden gepubliceerd',
    ],
  },
  {
    id: 'date-line',
    patterns: [
      '^[maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag] # (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec) # [# #] [uur]$',
    ],
  },
]);
