import { definePhrases } from '../define.js';

export default definePhrases('it', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '(questo|l|questa|la) (articolo|notizia|contenuto|pagina|informazione) (ti e stato|ti e stata|e stato|e stata|ti e) (utile|utili|interessante)',
      '(hai trovato|trovi) (questo|l|questa|la) * (utile|interessante)',
      '^(ti e stato|e stato|ti e stata) (utile|d aiuto)',
      '^(utile|non utile|si no)$',
      '(grazie|grazie mille) per (il tuo|il vostro) (feedback|voto|parere|giudizio)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(vota|valuta|dai un voto a) (questo|l) (articolo|contenuto)',
      '(come|quanto) (valuti|giudichi) (questo|l) (articolo|contenuto)',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(segnala|segnalare|segnalaci) (un|una) (errore|refuso|problema|imprecisione)',
      '(hai|ha) (notato|trovato|visto|rilevato) (un|una) (errore|refuso|imprecisione) * (segnalalo|segnalacelo|scrivici|contattaci|segnala)',
      '(errore|refuso) (in questo|nell) articolo (segnalalo|segnala|scrivici)',
      '^segnala [un ]errore$',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(invia|inviaci|dacci|lascia) (il tuo|un) (feedback|parere|suggerimento)',
      '^(scrivi|scrivici|contatta) (alla redazione|la redazione)$',
      '(hai|avete) [una ](notizia|segnalazione|storia) * (scrivici|contattaci|inviaci|redazione)',
    ],
  },
]);
