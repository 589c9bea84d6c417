import { definePhrases } from '../define.js';

export default definePhrases('it', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^(con|fonte) (agenzie|ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy)$',
      '^con (fonti|materiale|informazioni|notizie) (di|d|dalle|delle) (agenzia|agenzie)',
      '^con le agenzie',
      '^(redazione|la redazione) (con|e) (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy|agenzie)$',
      '^con (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy) e (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy|agenzie)$',
    ],
  },
  {
    id: 'agency-tag',
    patterns: [
      '^(ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy)$',
      '^(ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy) (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy)$',
      '^(agenzie|fonte agenzie|agenzia)$',
      '^(riproduzione riservata) (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy)$',
      '^(ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy) riproduzione riservata$',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(non e stato|non e stata) (modificato|modificata|editato|editata|rivisto|rivista) (dalla|dalla nostra) redazione',
      '(generato|pubblicato|importato) automaticamente (da|dal|a partire da) (un|una|un flusso|feed)',
      '(pubblicato|riprodotto) (senza modifiche|integralmente) (da|dal) (un|una|il|la) (flusso|feed|agenzia|lancio)',
      '(questo|il) (contenuto|testo|articolo|lancio) (proviene|e tratto|e fornito) (da|dal|dalla) (un|una|agenzia|flusso|feed)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'riproduzione riservata',
      'tutti i diritti riservati',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      '^# (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy)$',
      '^(c|copyright) (ansa|agi|adnkronos|askanews|lapresse|dire|italpress|ap|afp|reuters|efe|dpa|xinhua|ats|sda|nova|agenzia nova|public policy)',
      'diritti riservati$',
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '[e ](vietata|severamente vietata|espressamente vietata|proibita) la (riproduzione|ridistribuzione|pubblicazione|diffusione)',
      '(riproduzione|ridistribuzione|pubblicazione) (anche parziale|totale o parziale|parziale o totale) (vietata|e vietata|senza|non consentita)',
      'senza [il ][previo ](consenso|permesso|autorizzazione) (scritto|scritta|dell editore) * (vietata|vietato|riproduzione)',
      '(ripubblicato|riprodotto|pubblicato) (con il permesso|su autorizzazione|sotto licenza creative commons|con licenza creative commons)',
    ],
  },
]);
