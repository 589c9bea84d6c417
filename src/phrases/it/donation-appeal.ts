import { definePhrases } from '../define.js';

export default definePhrases('it', 'donation-appeal', [
  {
    id: 'non-profit',
    patterns: [
      '(siamo|e) (un|una) (giornale|testata|associazione|organizzazione|redazione|progetto|sito|media) (indipendente|senza scopo di lucro|non profit|no profit|libero|libera|senza pubblicita)',
      '(giornalismo|informazione) (indipendente|libera|libero) (ha bisogno|vive|dipende) (di te|del tuo|del vostro|dei lettori|dei suoi lettori)',
      '(finanziato|finanziata|sostenuto|sostenuta) (dai|dalle|grazie ai) (lettori|lettrici|abbonati|sostenitori|donazioni)',
    ],
  },
  {
    id: 'help-us',
    patterns: [
      '(aiutaci|aiutateci|ci aiuti) (a|con|anche tu)',
      '(sostieni|sostenete|sostenga|sostenere) (il nostro|la nostra|il giornalismo|l informazione|un giornalismo|una informazione) (giornalismo|lavoro|informazione|redazione|indipendente|libera|libero|testata)',
      '^(sostienici|sostieni|supportaci|sosteneteci|sostieni la redazione|sostieni il giornale)$',
      '^(sostienici|supportaci|sosteneteci)',
      '(abbiamo bisogno|ci serve) (di te|del tuo sostegno|del tuo aiuto|del vostro sostegno|del vostro aiuto)',
      'senza (il tuo|il vostro|i lettori) (sostegno|aiuto|contributo) (non potremmo|non possiamo|non sarebbe)',
    ],
  },
  {
    id: 'donate',
    patterns: [
      '^(dona|donare|dona ora|fai una donazione|fai una donazione ora|fare una donazione|contribuisci|contribuisci ora|sostieni ora)$',
      '(fai|fate|effettua|effettuate|fare) (una|la tua) (donazione|erogazione liberale|offerta)',
      '(ogni|la tua|una piccola|qualsiasi) (donazione|contributo|offerta) (conta|aiuta|e importante|fa la differenza)',
      '(donazioni|erogazioni liberali) (deducibili|detraibili)',
      '(dona|sostienici|contribuisci) (con|tramite|via|su) (paypal|patreon|satispay|bonifico)',
      'destina (il tuo|il) (5 per mille|cinque per mille|2 per mille)',
    ],
  },
  {
    id: 'become-member',
    patterns: [
      '^(diventa|diventare|diventate) (socio|socia|sostenitore|sostenitrice|membro|abbonato|abbonata|amico|mecenate)',
      '(diventa|diventate) (socio|sostenitore|sostenitrice|membro) (di|del|della|anche tu|ora|oggi)',
      '(unisciti|entra|unitevi) (ai nostri|alla comunita dei|alla nostra comunita di) (sostenitori|lettori|soci|abbonati)',
    ],
  },
]);
