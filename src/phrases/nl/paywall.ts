import { definePhrases } from '../define.js';

export default definePhrases('nl', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(neem een abonnement|word abonnee|log in|meld je aan|registreer je|abonneer je) (om|en) (verder te lezen|dit artikel te lezen|door te lezen|lees verder|verder lezen)',
      'om (verder|dit artikel|het hele artikel|het volledige artikel) (te lezen|verder te lezen)',
      '(lees|verder lezen) (verder|met) (met|een) [een ](abonnement|plus|premium|proefabonnement)',
      '(ontgrendel|unlock) (dit|het) (artikel|stuk)',
      '(onbeperkt|onbeperkte) (toegang|lezen) (tot|van) [alle|al onze] [artikelen|verhalen|nieuws]',
    ],
  },
  {
    id: 'subscribers-only',
    patterns: [
      '(alleen|exclusief|uitsluitend|enkel) (voor|beschikbaar voor) (abonnees|leden|premium abonnees|betalende abonnees|plus abonnees)',
      '(dit|het) (artikel|stuk|verhaal) is (alleen|exclusief|uitsluitend|enkel) (voor|beschikbaar voor) ',
      '^(premium|plus|abonnee|alleen voor abonnees|exclusief voor abonnees|voor abonnees)$',
      '(premium|plus|abonnee) (artikel|content|stuk)$',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(je hebt|u heeft) (je|uw|het|alle|het maximaal aantal) * (gratis artikelen|limiet|maximum)',
      '# [gratis ](artikelen|artikel) (over|resterend|per maand|deze maand)',
      '(nog|je hebt nog|u heeft nog) # [gratis ](artikelen|artikel) (over|te lezen)',
      '(laatste|je laatste) gratis (artikel|stuk)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      '(al|ben je al|bent u al|reeds) (abonnee|lid|klant|geregistreerd)',
      '(heb je|heeft u) (al|reeds) een (account|abonnement)',
      '(nog geen|geen) (abonnee|abonnement|account)',
      '^(inloggen|log in|aanmelden)$',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^(abonneer|abonneer nu|word abonnee|neem een abonnement|bekijk abonnementen|probeer gratis)$',
      '(maandelijks|dagelijks|altijd|op elk moment) opzegbaar',
      '[de ]eerste (maand|maanden|# maanden|# weken) (gratis|voor # euro|voor #)',
      '# (euro|cent) per (maand|week) (de eerste|daarna|voor)',
      '(probeer|lees) [# ](weken|maanden|dagen|maand|week) (gratis|voor # euro)',
    ],
  },
]);
