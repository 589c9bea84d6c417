import { definePhrases } from '../define.js';

export default definePhrases('de', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '(laden sie|lade|ladet|holen sie sich|hol dir|holt euch|installieren sie|nutzen sie) [jetzt ](unsere|die) * app',
      '(unsere|die) * app [jetzt|kostenlos|gratis|hier|jetzt kostenlos] (herunterladen|laden|installieren|downloaden|runterladen)',
      '^[jetzt ](app|die app|unsere app) (herunterladen|laden|installieren|downloaden|holen|testen|entdecken)',
      '(in|mit) (unserer|der) * (app|nachrichten app|news app) (lesen|weiterlesen|offnen|verfugbar|erhalten|erfahren)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(im|aus dem|uber den|erhaltlich im|verfugbar im) (app store|apple app store) (und|oder|sowie) (bei|im|uber|auf) (google play|play store)',
      '(bei|im|auf|uber) (google play|play store|google play store) (und|oder) (im|dem) app store',
      '[jetzt ](im|bei) (app store|google play|play store) (herunterladen|laden|erhaltlich|verfugbar)',
      '^(app store|google play|play store) (google play|app store|play store)$',
      '^(laden im|jetzt bei|erhaltlich bei|erhaltlich im|download im|laden bei) (app store|google play|play store)',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(aktivieren sie|aktiviere|erlauben sie) [die ](push mitteilungen|push benachrichtigungen|benachrichtigungen|eilmeldungen)',
      '(push mitteilungen|push benachrichtigungen|eilmeldungen) (aktivieren|erhalten|einschalten|abonnieren)',
      '(eilmeldungen|nachrichten|news) [direkt ](aufs|auf ihr|auf dein) (handy|smartphone)',
    ],
  },
]);
