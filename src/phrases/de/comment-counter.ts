import { definePhrases } from '../define.js';

export default definePhrases('de', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (kommentar|kommentare|kommentaren|antworten|antwort|reaktionen|leserkommentare)$',
      '^(kommentare|kommentar|leserkommentare|antworten|diskussion) #$',
      '^(keine|null|ein|noch keine) (kommentare|kommentar|antworten) [vorhanden|bisher]$',
      '^(kommentare|alle kommentare|# kommentare) (anzeigen|ansehen|lesen|einblenden|ausblenden|laden)',
      '^(zeige|zeigen|alle|lade) [#] (kommentare|antworten)',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(kommentare|kommentar|kommentieren|leserkommentare|diskussion|ihre meinung|deine meinung)$',
      '(kommentarfunktion|kommentarbereich|kommentare) (ist|sind|wurde|wurden) (geschlossen|deaktiviert|abgeschaltet|nicht aktiviert|moderiert)',
      '^(kommentare|kommentar) (ist|sind) (geschlossen|deaktiviert)',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(kommentar|kommentare) (schreiben|verfassen|abgeben|hinzufugen|posten)',
      '^(schreiben|verfassen) sie (einen|den ersten) kommentar',
      '(anmelden|einloggen|registrieren) (um|zum) [zu ](kommentieren|kommentar)',
      'um (zu kommentieren|kommentare zu schreiben|einen kommentar zu schreiben|mitzudiskutieren) (mussen|musst|bitte)',
      'sie mussen (angemeldet|eingeloggt) sein um',
      '(melden sie sich|melde dich|loggen sie sich|logge dich|registrieren sie sich) (an|ein) [um] (zu kommentieren|mitzudiskutieren|einen kommentar|kommentare)',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      '(schreiben sie|schreib|sei|seien sie) [den ](ersten|erste|der erste|die erste) (kommentar|kommentieren|zu kommentieren)',
      'noch keine kommentare',
      'der erste (kommentar|zu kommentieren)',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^(diskutieren sie mit|diskutiere mit|diskutieren|mitdiskutieren|jetzt mitdiskutieren)',
      '(was meinen sie|was denken sie|was meinst du|wie sehen sie das) * (kommentar|kommentaren|kommentare|unten)',
      'ihre meinung (ist gefragt|interessiert uns)',
      '(schreiben sie|schreibt|schreib) [uns ](ihre|eure|deine) meinung',
    ],
  },
  {
    id: 'login-to-discuss',
    patterns: [
      '^(sie sind|du bist) (aktuell|derzeit|momentan|noch) nicht (eingeloggt|angemeldet)',
      'sie mussen sich (einloggen|anmelden|registrieren) um * (kommentar|kommentieren|diskussion|kommentare|mitzudiskutieren)',
      'um (einen kommentar|kommentare) (zu hinterlassen|zu schreiben|abzugeben|zu verfassen) * (einloggen|anmelden|ein)',
    ],
  },
  {
    id: 'moderation-note',
    patterns: [
      'kommentare werden (moderiert|vor der veroffentlichung gepruft|vor veroffentlichung gepruft)',
    ],
  },
]);
