import { definePhrases } from '../define.js';

export default definePhrases('nl', 'newsletter-signup', [
  {
    id: 'sign-up-newsletter',
    patterns: [
      '(schrijf je in|schrijf u in|meld je aan|meld u aan|abonneer je|abonneer u|inschrijven|aanmelden|abonneren) (voor|op) (onze|de|het|ons) * (nieuwsbrief|nieuwsbrieven|newsletter|briefing|update|updates)',
      '(ontvang|ontvangt|krijg) (onze|de|elke dag onze|gratis onze|iedere ochtend de) * (nieuwsbrief|nieuwsbrieven|newsletter|briefing|updates)',
      '(nieuwsbrief|newsletter) (aanmelden|abonneren|inschrijven|ontvangen)',
      '^(aanmelden|inschrijven|abonneren|schrijf je in|meld je aan|meld je gratis aan)$',
    ],
  },
  {
    id: 'newsletter-label',
    patterns: [
      '^(nieuwsbrief|nieuwsbrieven|onze nieuwsbrief|de nieuwsbrief|newsletter)$',
      '^(onze|de|gratis|dagelijkse|wekelijkse) * nieuwsbrief$',
      '(direct|elke ochtend|elke dag|iedere ochtend|elke week|gratis) in (je|jouw|uw) (mailbox|inbox|e mail|postvak)',
      'in (je|jouw|uw) (mailbox|inbox) (elke|iedere|op)',
    ],
  },
  {
    id: 'enter-email',
    patterns: [
      '(je|jouw|uw|vul je|vul uw) (e mailadres|emailadres|e mail adres|email adres|e mail|email)$',
      '^(vul|voer) (je|uw|hier je) (e mailadres|emailadres|e mail|email) [in]',
      '(ongeldig|geen geldig) (e mailadres|emailadres)',
      '^(e mailadres|emailadres|e mail adres)$',
    ],
  },
  {
    id: 'after-signup',
    patterns: [
      '(bedankt|dank je|dank u) (voor je|voor uw|voor de) (aanmelding|inschrijving)',
      '(je kunt|u kunt) (je|u|zich) (op elk moment|altijd|op ieder moment) (afmelden|uitschrijven)',
      '(altijd|op elk moment|op ieder moment) (af te melden|opzegbaar|uitschrijven|afmelden)',
      '(door je aan te melden|door u aan te melden|door te klikken) * (ga je akkoord|gaat u akkoord|accepteer je)',
      '(bevestig|bevestigen) (je|uw) (aanmelding|inschrijving|e mailadres)',
    ],
  },
]);
