import { definePhrases } from '../define.js';

export default definePhrases('it', 'advertisement', [
  // Only as the whole block: "la pubblicità del gioco d azzardo" is news.
  {
    id: 'ad-label',
    patterns: [
      '^(pubblicita|pubblicità|annuncio|annunci|sponsorizzato|sponsorizzata|contenuto sponsorizzato|contenuto sponsorizzato da|contenuto promozionale|publiredazionale|pubbliredazionale|informazione pubblicitaria|branded content|in collaborazione con|messaggio promozionale|promozione|partner)$',
      '^(sponsorizzato|sponsorizzata|offerto|presentato) da',
      '^in collaborazione con ',
      '^pubblicita (continua|l articolo)',
    ],
  },
  {
    id: 'continue-below',
    patterns: [
      '(l articolo|il testo|la notizia|la lettura) (continua|prosegue) (sotto|dopo) (la|il|questa|questo) (pubblicita|annuncio|banner)',
      '(continua|prosegue) [a leggere ](sotto|dopo) (la|questa) pubblicita',
      '^(scorri|scorrere) per (continuare|leggere)',
    ],
  },
  {
    id: 'ad-blocker',
    patterns: [
      '(disattiva|disattivate|disabilita|disattivare) (il tuo|il vostro|l|il) (adblock|ad blocker|adblocker|blocco degli annunci|blocco della pubblicita)',
      '(adblock|ad blocker|adblocker) (rilevato|attivo|attivato)',
      '(stai|state) usando [un ](adblock|ad blocker|adblocker|blocco)',
    ],
  },
]);
