import { definePhrases } from '../define.js';

export default definePhrases('de', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '(war|ist) (dieser|der|dieses|das) (artikel|beitrag|text|inhalt|seite|information|informationen) (hilfreich|nutzlich|interessant|informativ|lesenswert)',
      '^(war|ist) (das|dies) (hilfreich|nutzlich)',
      '(fanden sie|fandest du|finden sie) (diesen|den|dieses|das) * (hilfreich|nutzlich|interessant|informativ|lesenswert)',
      '(wie|wie sehr) (hilfreich|nutzlich|interessant) (war|fanden sie|fandest du) (dieser|der|diesen|den)',
      '^(hilfreich|nicht hilfreich|nutzlich|ja nein)$',
      '(danke|vielen dank) fur (ihr|dein|ihre|deine) (feedback|bewertung|ruckmeldung|stimme)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(artikel|beitrag|diesen artikel|diesen beitrag) bewerten',
      '(wie|wie gut) (gefallt|gefiel) (ihnen|dir) (dieser|der) (artikel|beitrag|text)',
      '(wie|wie wurden sie|wie wurdest du) (bewerten sie|diesen artikel bewerten|den artikel bewerten)',
      '^(bewertung|bewertungen) # (von|aus) #',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(fehler|tippfehler|einen fehler|einen tippfehler|rechtschreibfehler|problem) (melden|gefunden|entdeckt)',
      '(fehler|tippfehler) (gefunden|entdeckt|bemerkt) * (melden|schreiben|sagen|hinweis|bitte|mail)',
      '(haben sie|hast du) [einen ](fehler|tippfehler) (gefunden|entdeckt|bemerkt)',
      '(fehler|tippfehler|ungenauigkeit) in (diesem|dem) (artikel|beitrag|text) (melden|gefunden|entdeckt)',
      '(korrektur|korrekturhinweis) (melden|vorschlagen|senden|einreichen)',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(feedback|ruckmeldung|ihr feedback|dein feedback|ihre meinung zu diesem artikel) [geben|senden|an die redaktion|schicken]$',
      '^(schreiben sie|schreib|schreibt) (der redaktion|an die redaktion|uns)',
      '(feedback|ruckmeldung|hinweise|anregungen) an (die|unsere) redaktion',
      '(haben sie|hast du) (einen hinweis|eine geschichte|ein thema|informationen) * (redaktion|schreiben|kontakt|melden)',
    ],
  },
  {
    id: 'rating-widget',
    patterns: [
      '^noch keine (bewertungen|bewertung|stimmen)$',
      '(stern|sterne) anklicken (zum|um zu) bewerten',
    ],
  },
]);
