import { definePhrases } from '../define.js';

export default definePhrases('de', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(newsletter|newslettern|briefing|briefings) (abonnieren|bestellen|anmelden|abonniert)',
      '(abonnieren|bestellen|abonniere|bestelle) [sie ](unseren|den|unsere|die|jetzt unseren|jetzt den) * (newsletter|briefing|newsletters|nachrichten per e mail)',
      '(melden|meldet) [sie ](sich|euch) [jetzt ](fur|zu) (unseren|den|unsere|die) * (newsletter|briefing|newsletters)',
      '(anmeldung|anmelden) (zum|fur den|fur unseren) * newsletter',
      '^[jetzt ](anmelden|abonnieren|registrieren|kostenlos anmelden|kostenlos abonnieren)$',
      '^newsletter (abonnieren|bestellen|anmeldung)',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^newsletter$',
      '^(unser|der|ihr|dein|unsere|die|taglicher|wochentlicher|kostenloser|kostenlose) * (newsletter|newsletters)$',
      '(direkt|bequem|kostenlos|jeden morgen|taglich|jede woche|einmal pro woche) (in ihr|in dein|ins|per e mail in ihr) (postfach|e mail postfach|mailpostfach)',
      '(jeden|jede) (morgen|abend|woche|tag|werktag|freitag|sonntag) (in ihrem|in ihr|in deinem|in dein|ins) (postfach|e mail postfach)',
      'die (wichtigsten|besten) (nachrichten|news|artikel|geschichten) (des tages|der woche) (per e mail|in ihr|in ihrem|direkt)',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      '(ihre|deine|eure) (e mail adresse|e mail|email adresse|email|mailadresse)$',
      '^(e mail adresse|email adresse|e mail|ihre e mail adresse) (eingeben|eintragen|angeben)',
      '(geben sie|gib) (ihre|deine) (e mail adresse|e mail|email adresse) ein',
      'bitte (geben sie eine|gib eine) [gultige ](e mail adresse|e mail)',
      '^(e mail adresse|email adresse|mailadresse)$',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(vielen dank|danke) fur (ihre|deine|die) (anmeldung|registrierung|newsletter anmeldung)',
      '(jederzeit|jederzeit wieder) (abbestellen|abmelden|kundbar|widerrufen)',
      '(abmeldung|abbestellung|widerruf) [ist ]jederzeit (moglich|moglich uber)',
      '(bestatigen|bestatige) [sie ](ihre|deine) (anmeldung|e mail adresse)',
      // The double opt-in note shown after the form: the newsletter order is confirmed by a link in an
      // e-mail. Only a newsletter's: "um ihre Anmeldung zu bestätigen" ends sentences about banking and forms.
      'um (ihre|deine) (newsletterbestellung|newsletteranmeldung|newsletter bestellung|newsletter anmeldung) zu (bestatigen|aktivieren)',
      '(vielen dank|danke) fur (ihr|dein|euer) interesse an (unserem|unseren|dem|den) (newsletter|newslettern|newsletters)',
      'mit (ihrer|der|deiner) anmeldung (akzeptieren|stimmen|erklaren) (sie|du)',
      'kein spam',
    ],
  },
]);
