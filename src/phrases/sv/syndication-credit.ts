import { definePhrases } from '../define.js';

// Wire agencies a Swedish page names: "TT-Reuters" and "TT/AFP" become two words in the normal form.
const AGENCY = '(tt|tt nyhetsbyrån|tidningarnas telegrambyrå|ntb|ritzau|stt|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
const SOURCE = `(${AGENCY.slice(1, -1)}|nyhetsbyråer|nyhetsbyrån|nyhetsbyrån tt|byråerna)`;

export default definePhrases('sv', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      `^(med|innehåller|artikeln innehåller|texten innehåller) (material|uppgifter|information) från * ${SOURCE}$`,
      `^(text|text och bild|text och foto) ${AGENCY}$`,
      `^källa ${SOURCE}$`,
    ],
  },
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY}$`, `^${AGENCY} ${AGENCY}$`],
  },
  // Wire stories a paper publishes straight from the feed.
  {
    id: 'auto-generated',
    patterns: [
      '(publicerad|publiceras|publicerat|hämtad|hämtat) (direkt|automatiskt|oredigerad|oredigerat) från (tt|tt s|nyhetsbyrån|nyhetsflödet|en nyhetsbyrå)',
      'har inte (redigerats|granskats|bearbetats) av (redaktionen|vår redaktion)',
      '(tt s|tts) nyhetsflöde',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'alla rättigheter (förbehållna|förbehålles|reserverade)',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      `^# ${AGENCY}$`,
      `^(c|copyright) ${AGENCY}`,
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '(eftertryck|mångfaldigande) * (förbjudet|förbjuden|förbjudes|utan tillstånd|utan medgivande|endast med tillstånd)',
      '(kopiering|återgivning|återpublicering) av (innehållet|materialet|text och bild|artiklar) * (förbjuden|förbjudet|utan tillstånd|utan medgivande|endast med tillstånd)',
    ],
  },
]);
