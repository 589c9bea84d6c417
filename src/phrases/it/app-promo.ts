import { definePhrases } from '../define.js';

export default definePhrases('it', 'app-promo', [
  {
    id: 'download-app',
    patterns: [
      '(scarica|scaricate|scaricare|installa|installate|prova) (la|la nostra|l|gratis la|gratuitamente la) * (app|applicazione)',
      '^(scarica|scaricate|installa) (l app|la app|l applicazione|la nostra app)',
      '(leggi|segui|ricevi) * (sulla|nella|sulla nostra|nella nostra) (app|applicazione)',
      '(app|applicazione) (disponibile|gratuita|gratis) (su|per) (app store|google play|android|ios|iphone)',
    ],
  },
  {
    id: 'app-stores',
    patterns: [
      '(disponibile|scaricala|scarica|scaricare) (su|da|sull|dall) (app store|google play|play store)',
      '(app store|apple store) (e|o) [su ](google play|play store)',
      '(google play|play store) (e|o) [l ](app store|apple store)',
      '^(app store|google play|play store) (google play|app store|play store)$',
    ],
  },
  {
    id: 'in-app',
    patterns: [
      '(attiva|attivate|ricevi|ricevete) [le ](notifiche|notifiche push|alert) (push|della app|sul tuo smartphone|sul tuo telefono)',
      '(notifiche|alert) [push ](sulla|nella) [nostra ](app|applicazione)',
    ],
  },
]);
