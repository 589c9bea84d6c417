import { definePhrases } from '../define.js';

export default definePhrases('pl', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '(pobierz|ściągnij|zainstaluj|wypróbuj) (naszą|darmową|bezpłatną|nową) * (aplikację|apkę|app)',
      '^(pobierz|ściągnij|zainstaluj) (aplikację|apkę|naszą aplikację|darmową aplikację)',
      '(czytaj|śledź|otrzymuj) * (w|przez) (naszej|naszą) (aplikacji|aplikację|apce)',
      '(aplikacja|apka) (dostępna|bezpłatna|darmowa) (w|na|dla) (app store|google play|android|ios|iphone)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(dostępna|dostępne|pobierz|pobierz z) (w|z|na) (app store|google play|sklepie google play|sklepie app store|play store)',
      '(app store|apple app store) (i|oraz|lub) [w ](google play|play store)',
      '(google play|play store) (i|oraz|lub) [w ](app store|apple app store)',
      '^(app store|google play|play store) (google play|app store|play store)$',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(włącz|włączcie|aktywuj|otrzymuj) (powiadomienia|powiadomienia push|alerty) [push|w aplikacji|na telefon|o najważniejszych]',
      '(powiadomienia|alerty) [push ](w|z) [naszej ](aplikacji|apce)',
    ],
  },
]);
