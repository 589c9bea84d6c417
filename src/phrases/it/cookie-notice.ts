import { definePhrases } from '../define.js';

export default definePhrases('it', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(questo sito|il sito|questo sito web|noi|utilizziamo|usiamo|noi e i nostri partner) [utilizza|usa|utilizziamo|usiamo|utilizzano] (cookie|cookies|i cookie)',
      '(utilizziamo|usiamo|utilizza|usa) [i ](cookie|cookies) (tecnici|di profilazione|propri|per|e|di terze)',
      '(proseguendo|continuando|chiudendo questo banner|cliccando) * (acconsenti|accetti|consenti) (all uso|all utilizzo|ai) [dei ][cookie|cookies]',
      '(uso|utilizzo) dei (cookie|cookies)',
      '(cookie|cookies) policy',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '(accetta|accettare|rifiuta|rifiutare|gestisci|personalizza|configura) [tutti ][i ](cookie|cookies)',
      '^(accetta|accetta tutto|accetta tutti|rifiuta|rifiuta tutto|rifiuta tutti|accetto|personalizza|impostazioni|accetta e chiudi|continua senza accettare|gestisci le preferenze|piu opzioni)$',
      '(impostazioni|preferenze|informativa|gestione) [dei |sui ](cookie|cookies)',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(noi e i nostri|e i nostri) [# ](partner|fornitori) (archiviamo|utilizziamo|accediamo|trattiamo)',
      '(archiviare|archiviamo) (e o|e) (accedere|accediamo) a (informazioni|dati) su (un|un dispositivo|il tuo dispositivo)',
      'annunci e contenuti personalizzati',
      'misurazione (degli annunci|della pubblicita) e [del ]contenuto',
    ],
  },
]);
