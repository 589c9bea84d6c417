import { definePhrases } from '../define.js';

export default definePhrases('de', 'cookie-notice', [
  {
    id: 'we-use-cookies',
    patterns: [
      '(wir|diese website|diese webseite|diese seite|unsere website|unsere webseite) (verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|benutzt) cookies',
      '(verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|benutzt) [sie ]cookies (und|um|fur|zur)',
      'cookies (und ahnliche technologien|um ihnen|um dir|um unsere|zur verbesserung|fur analysen)',
      '(durch|mit) [die ](weitere|weiteren) (nutzung|verwendung) * (stimmen|erklaren|akzeptieren) (sie|du)',
      'verwendung von cookies',
      'einsatz von cookies',
    ],
  },
  {
    id: 'cookie-buttons',
    patterns: [
      '[alle ]cookies (akzeptieren|zulassen|ablehnen|verwalten|erlauben|annehmen)',
      '^(alle akzeptieren|alles akzeptieren|alle ablehnen|akzeptieren|zustimmen|ablehnen|einverstanden|zustimmen und weiter|akzeptieren und schliessen|akzeptieren und schließen|einstellungen verwalten|nur notwendige cookies|nur essenzielle cookies|alle zulassen|auswahl erlauben|auswahl speichern)$',
      'cookie (einstellungen|richtlinie|hinweis|banner|praferenzen|erklarung|zustimmung|einwilligung)',
      '(datenschutzeinstellungen|privatsphare einstellungen|privatsphare einstellungen)$',
    ],
  },
  {
    id: 'consent-framework',
    patterns: [
      '(wir und unsere|und unsere) [# ](partner|drittanbieter) (speichern|verwenden|nutzen|verarbeiten|greifen)',
      '(informationen|daten) auf (einem|ihrem|deinem) (gerat|endgerat) (speichern|abrufen|zugreifen)',
      'personalisierte (werbung|anzeigen) und inhalte',
      '(anzeigen|werbe) und inhaltsmessung',
      '(ihre|deine) (einwilligung|zustimmung) [jederzeit ](widerrufen|anpassen|verwalten)',
    ],
  },
]);
