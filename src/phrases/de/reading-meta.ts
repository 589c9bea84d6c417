import { definePhrases } from '../define.js';

export default definePhrases('de', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      'lesezeit # (min|minuten|minute|sek|sekunden)',
      '^(lesezeit|lesedauer|geschatzte lesezeit|geschatzte lesedauer)',
      '# (min|minuten|minute) (lesezeit|lesedauer|lesen)$',
      '^# (min|minuten|minute) (lesezeit|lesedauer|lesen)',
      'ca # (min|minuten) lesezeit',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(aktualisiert|veroffentlicht|erschienen|zuletzt aktualisiert|stand|erstellt|geandert|publiziert|aktualisierung) [am|um|vom] #',
      '^(aktualisiert|veroffentlicht|zuletzt aktualisiert|erschienen|stand) [am ](montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)',
      '^vor # (minute|minuten|stunde|stunden|tag|tagen|min|std)$',
      '^(aktualisiert|veroffentlicht) vor # (minute|minuten|stunde|stunden|tag|tagen|min|std)',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^(artikel|beitrag|seite) (drucken|anhoren|vorlesen lassen|vorlesen|merken|speichern|verschenken)',
      '^(drucken|merken|speichern|vorlesen|anhoren|verschenken|gemerkt)$',
      '(artikel|beitrag|text) (anhoren|vorlesen lassen)',
      '^[diesen ](artikel|beitrag) (anhoren|vorlesen lassen|drucken|merken)',
      '^(schriftgrosse|schriftgroße|textgrosse|textgroße|schrift vergrossern|schrift verkleinern)',
      '^(audio|vorlesen) # (min|minuten)',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      '(dieser|der) (artikel|beitrag|text) ist (bereits|schon|mehr als|uber) # (jahre|jahr|monate|monat) alt',
      '(dieser|der) (artikel|beitrag) (wurde|ist) (vor|bereits vor) [mehr als ]# (jahren|monaten) (veroffentlicht|erschienen)',
    ],
  },
  {
    id: 'download-pdf',
    patterns: [
      '^(dieses|diesen|das|den|die) (skript|manuskript|transkript|artikel|beitrag|interview|dokument) als pdf (herunterladen|downloaden|speichern)',
    ],
  },
  {
    id: 'date-line',
    patterns: [
      '^[montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so] # (januar|jan|februar|feb|marz|mar|april|apr|mai|juni|jun|juli|jul|august|aug|september|sep|sept|oktober|okt|november|nov|dezember|dez) # [um] [# #] [uhr]$',
    ],
  },
  {
    id: 'player-and-gallery',
    ownLanguageOnly: true,
    patterns: [
      '^(video|audio|video abspielen|abspielen|wiedergabe|pause|vollbild|schliessen)$',
      '^(bild|foto|video) # [von|aus] #$',
    ],
  },
]);
