import { definePhrases } from '../define.js';

export default definePhrases('de', 'related-links', [
  // No bare "zum thema": "Zum Thema Klimaschutz sagte er ..." is a sentence; "Mehr zum Thema" is the label.
  {
    id: 'read-more',
    patterns: [
      '^(lesen sie auch|lesen sie mehr|lies auch|lest auch|auch lesenswert|ebenfalls lesenswert|lesenswert|weiterlesen|mehr lesen|hier weiterlesen|mehr dazu|mehr dazu lesen)',
      '^(zum|zur) (artikel|beitrag|bericht|liveblog|ganzen artikel|vollstandigen artikel)',
      '^(den ganzen|den vollstandigen|den kompletten) (artikel|beitrag|bericht) (lesen|finden)',
      '^(klicken|tippen) sie hier',
      '^(hier|mehr) (klicken|erfahren)$',
    ],
  },
  {
    id: 'also-read',
    patterns: [
      '^(mehr zum thema|mehr zu diesem thema|mehr zum|mehr aus|mehr von|mehr uber|mehr zu|mehr aus der rubrik|mehr aus dem ressort|mehr artikel|mehr nachrichten|mehr news)',
      '^(auch interessant|ebenfalls interessant|das konnte sie auch interessieren|das konnte dich auch interessieren|das konnte sie interessieren|dazu passend|passend zum thema|passend dazu|empfehlungen|unsere empfehlungen|empfohlene artikel|fur sie empfohlen|unsere leseempfehlung|leseempfehlung|leseempfehlungen)',
      'das (konnte|durfte) (sie|dich|euch) [auch ]interessieren',
      '^(siehe auch|weiterfuhrende links|weiterfuhrende artikel|weitere artikel|weitere nachrichten|weitere themen|weitere beitrage|weitere meldungen|weitere informationen zum thema|verwandte artikel|verwandte themen|ahnliche artikel|ahnliche beitrage|zum weiterlesen|meistgelesen|meistgelesene artikel|am meisten gelesen|top themen|top artikel|neueste artikel|aktuelle nachrichten|das konnte sie auch interessieren)',
    ],
  },
  {
    id: 'related',
    patterns: [
      '^(themen|artikel|beitrage|nachrichten|meldungen) (zum thema|zu diesem thema|aus der region|aus dem ressort)',
      '^(vorheriger|nachster|vorheriger|voriger) (artikel|beitrag)',
      '^(zuruck|weiter)$',
      '^(meistgelesen|meistgelesene|beliebteste|top|aktuell|neueste)$',
    ],
  },
  {
    id: 'more-information',
    patterns: [
      '^(weitere|mehr|zusatzliche) informationen$',
      '^verwandte (themen|themenbereiche|beitrage|inhalte|links)$',
      '^auch (auf|bei) * (de|com|at|ch|net|org)$',
      'alle pressemitteilungen (der|des|von)',
    ],
  },
  // Pointers to another page: "Alles über X findest du hier.", "... weiter zu Teil 2", "... erklären wir in unserem Beitrag Y".
  {
    id: 'find-it-here',
    patterns: [
      '(findest du|finden sie|findet ihr) hier$',
      '(findest du|finden sie|findet ihr) in unserem (artikel|beitrag|ratgeber)$',
      'erklaren wir in unserem (beitrag|artikel|ratgeber)',
      // A pointer to the next part or page, a label of its own: "... weiter zu Teil 2", "Weiter zum
      // nächsten Kapitel". Only the label: "Weiter zum Sport: Der FC Bayern hat …" goes on as prose.
      '^(weiter|weiterlesen) (zu|zum|zur) * $',
      '^(weiter|weiterlesen) (zu|zum|zur) [nachsten|zweiten|dritten|letzten] (teil|kapitel|folge)',
    ],
  },
]);
