import { definePhrases } from '../define.js';

export default definePhrases('it', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (commento|commenti|risposta|risposte|reazione|reazioni)$',
      '^(commenti|commento|risposte|reazioni) #$',
      '^(nessun|0|zero) (commento|commenti) [ancora|per ora]$',
      '^(vedi|mostra|leggi|nascondi|carica|visualizza) [i|tutti i] [#] (commenti|commento|risposte)',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(commenti|commento|commenta|lascia un commento|i vostri commenti|i commenti|discussione)$',
      '[i ]commenti (sono|sono stati) (chiusi|disabilitati|disattivati|moderati)',
      '^(commenti|commento) (chiusi|disattivati|disabilitati)$',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(lascia|lasciate|scrivi|scrivete|aggiungi|pubblica|inserisci) (un|il tuo|il vostro) (commento|parere|opinione)',
      '(accedi|registrati|iscriviti|effettua il login|abbonati) (per|e) (commentare|lasciare un commento|partecipare)',
      '(devi|deve|e necessario) (essere registrato|essere loggato|effettuare l accesso|accedere|essere abbonato) per (commentare|pubblicare)',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      '(sii|siate|sia) il primo a (commentare|lasciare un commento|rispondere)',
      '(non ci sono|ancora nessun|nessun) [ancora ](commenti|commento)',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^(partecipa|unisciti|partecipate|entra) [alla ](discussione|conversazione|dibattito)',
      '(cosa ne pensi|cosa ne pensate|che ne pensi|tu cosa ne pensi) * (commenti|commento|sotto)$',
      '(dicci|diteci|lasciaci) (la tua|la vostra|cosa ne pensi) * (commenti|commento)',
    ],
  },
]);
