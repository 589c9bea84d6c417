import { definePhrases } from '../define.js';

export default definePhrases('it', 'paywall', [
  {
    id: 'subscribe-to-continue',
    patterns: [
      '(abbonati|abbonatevi|accedi|registrati|iscriviti) (per|e) (continuare a leggere|leggere|proseguire|sbloccare|accedere)',
      'per (continuare a leggere|leggere tutto l articolo|leggere l articolo completo|proseguire la lettura|leggere il resto)',
      '(continua|prosegui) a leggere (con|per|abbonandoti)',
      '(sblocca|sbloccare) (questo|l|l intero) (articolo|contenuto)',
      '(accesso|accedi) (illimitato|senza limiti) (a|ai|a tutti)',
    ],
  },
  {
    id: 'subscribers-only',
    patterns: [
      '(riservato|riservata|riservati|esclusivo|esclusiva|solo|disponibile) (agli|ai|per gli|per i|per) (abbonati|abbonate|iscritti|utenti abbonati|soci|membri|abbonati premium)',
      '(questo|l) (articolo|contenuto|approfondimento) e (riservato|esclusivo|disponibile solo|riservato solo) (agli|ai|per) ',
      '^(abbonati|premium|riservato agli abbonati|solo per abbonati|contenuto riservato|contenuto premium|esclusiva abbonati)$',
      '(contenuto|articolo) (riservato|premium|esclusivo) (agli|per gli|per) (abbonati|iscritti)',
    ],
  },
  {
    id: 'article-limit',
    patterns: [
      '(hai|ha) (raggiunto|esaurito|letto) * (limite|articoli gratuiti|articoli gratis)',
      '# (articoli|notizie) (gratuiti|gratis|gratuite) (rimanenti|disponibili|al mese|questo mese)',
      '(ti|le) (rimangono|restano|rimane|resta) # (articoli|articolo|notizie) (gratuiti|gratis|gratuito)',
      '(ultimo|l ultimo) articolo (gratuito|gratis)',
    ],
  },
  {
    id: 'already-subscriber',
    patterns: [
      '(sei gia|e gia|gia) (abbonato|abbonata|abbonati|iscritto|iscritta|registrato|registrata|cliente)',
      '(hai|ha) gia un (account|abbonamento)',
      '(non sei ancora|non ancora) (abbonato|abbonata|iscritto)',
      '^(accedi|login|entra)$',
    ],
  },
  {
    id: 'subscribe-offer',
    patterns: [
      '^(abbonati|abbonati ora|abbonati subito|scopri le offerte|scopri l offerta|abbonamento)$',
      '(disdici|disdetta|cancella) (quando vuoi|in qualsiasi momento|in ogni momento)',
      '(senza vincoli|senza vincolo|nessun vincolo)',
      '[il ]primo mese (gratis|gratuito|a # euro|a #)',
      '# (euro|e|centesimi) (al|a) (mese|settimana) (per|poi|il primo)',
    ],
  },
]);
