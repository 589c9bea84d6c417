import { definePhrases } from '../define.js';

export default definePhrases('nl', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (reactie|reacties|comment|comments|antwoord|antwoorden)$',
      '^(reacties|reactie|comments) #$',
      '^(geen|nog geen|0) (reacties|reactie) [gevonden|geplaatst]$',
      '^(bekijk|toon|lees|verberg|laad|bekijk alle|toon alle|lees alle) [#] (reacties|reactie|antwoorden)',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(reacties|reactie|reageer|reageren|discussie|jouw reactie|uw reactie|praat mee|discussieer mee)$',
      '(reacties|reageren) (is|zijn) (gesloten|uitgeschakeld|niet meer mogelijk|gemodereerd)',
      '(reageren|reacties) [is ]niet [meer ]mogelijk',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(plaats|schrijf|geef|laat) (een|je|uw) (reactie|comment|mening)',
      '(log in|meld je aan|registreer|word abonnee) (om te|en) (reageren|een reactie te plaatsen|mee te praten)',
      '(je moet|u moet) (ingelogd zijn|inloggen|abonnee zijn) om te (reageren|plaatsen)',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      '(wees|ben) de eerste (die reageert|om te reageren|met een reactie)',
      '[er zijn ]nog geen reacties',
      'geen reacties (gevonden|geplaatst)$',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^(praat mee|discussieer mee|doe mee aan het gesprek|neem deel aan de discussie|reageer op dit artikel)',
      '(wat vind jij|wat vindt u|wat denk jij|wat vind je) * (reacties|reactie|hieronder)$',
      '(laat|deel) (je|uw) (mening|reactie) [achter ](hieronder|in de reacties)',
    ],
  },
]);
