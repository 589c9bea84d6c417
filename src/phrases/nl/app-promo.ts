import { definePhrases } from '../define.js';

export default definePhrases('nl', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '(download|installeer|probeer|gebruik) (onze|de|gratis onze|gratis de) * app',
      '^(download|installeer) (de app|onze app|de gratis app)',
      '(lees|volg|ontvang) * (in|via) (onze|de) (app|nieuwsapp|gratis app)',
      '(app|nieuwsapp) (beschikbaar|gratis) (in|voor|via) (de app store|app store|google play|android|ios|iphone)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(beschikbaar|download|downloaden) (in|via|op|uit) [de ](app store|google play|play store)',
      '(app store|apple app store) (en|of) [in |op ](google play|play store)',
      '(google play|play store) (en|of) [de ](app store|apple app store)',
      '^(app store|google play|play store) (google play|app store|play store)$',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(zet|schakel) [de ](pushmeldingen|pushberichten|meldingen|notificaties) (aan|in)',
      '(ontvang|krijg) (pushmeldingen|pushberichten|meldingen) (van|bij|over|in)',
      '(pushmeldingen|pushberichten|meldingen) (in|via) (onze|de) app',
    ],
  },
]);
