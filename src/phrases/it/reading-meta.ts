import { definePhrases } from '../define.js';

export default definePhrases('it', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      '(tempo|durata) di lettura # (min|minuto|minuti)',
      '^(tempo|durata) (di|stimato di) lettura',
      '# (min|minuto|minuti) di lettura',
      '^lettura # (min|minuto|minuti)$',
      '^# (min|minuto|minuti) (lettura|di lettura)$',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(aggiornato|aggiornata|pubblicato|pubblicata|modificato|modificata|ultimo aggiornamento|ultima modifica) (il|alle|ore|oggi|ieri|#)',
      '^(aggiornato|pubblicato|aggiornata|pubblicata) [il ](lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|#)',
      '^# (min|minuto|minuti|ora|ore|h|giorno|giorni) fa$',
      '^(aggiornato|aggiornata|pubblicato|pubblicata)$',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^(stampa|salva|ascolta|ascolta l articolo|ascolta questo articolo|regala|regala l articolo|dimensione testo|dimensione del testo|dimensione carattere|a a)$',
      '^(stampa|ascolta|salva|regala) [questo |l ](articolo|pagina|notizia)',
      'ascolta (questo|l) (articolo|notizia)',
      '^dimensione [del ](testo|carattere|font)',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      '(questo|l) (articolo|notizia) (e stato pubblicato|e stata pubblicata|risale a|ha) [oltre|piu di] # (anni|anno|mesi|mese)',
    ],
  },
  {
    id: 'date-line',
    patterns: [
      '^[lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica] # (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) # [# #]$',
    ],
  },
]);
