import { copyrightPatterns } from '../copyright-patterns.js';
import { definePhrases } from '../define.js';

// Wire agencies a Swedish page names: "TT-Reuters" and "TT/AFP" become two words in the normal form.
const AGENCY = '(tt|tt nyhetsbyrån|tidningarnas telegrambyrå|ntb|ritzau|stt|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
const SOURCE = `(${AGENCY.slice(1, -1)}|nyhetsbyråer|nyhetsbyrån|nyhetsbyrån tt|byråerna)`;

const RIGHTS = 'alla rättigheter (förbehållna|förbehålles|reserverade)';

export default definePhrases('sv', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      `^(med|innehåller|artikeln innehåller|texten innehåller) (material|uppgifter|information) från * ${SOURCE}$`,
      `^(text|text och bild|text och foto) * ${AGENCY}$`,
      `^källa ${SOURCE}$`,
    ],
  },
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY}$`, `^${AGENCY} ${AGENCY}$`],
  },
  // Wire stories a paper publishes straight from the feed. "Nyheten sprids i TT:s nyhetsflöde" is
  // prose: the feed is named after a publishing verb.
  {
    id: 'auto-generated',
    patterns: [
      '(publicerad|publiceras|publicerat|hämtad|hämtat) (direkt|automatiskt|oredigerad|oredigerat) från (tt|tt s|tts|nyhetsbyrån|nyhetsflödet|en nyhetsbyrå)',
      '^* (har inte|inte har) (redigerats|granskats|bearbetats) av (redaktionen|vår redaktion)$',
      '^(artikeln|texten|nyheten|den här artikeln|denna artikel) (är|har) * (publicerad|publicerats|hämtad|hämtats) (direkt|automatiskt) (från|ur|i)',
    ],
  },
  // A notice is the line itself, or follows a year (the "©" is dropped from the normal form): "Alla
  // rättigheter förbehållna, står det i avtalet ..." is prose.
  {
    id: 'copyright',
    patterns: copyrightPatterns(RIGHTS, AGENCY),
  },
  // Reuse terms of the site: the line is the notice ("Eftertryck förbjudet.") or names the site's own
  // content; "Eftertryck av gamla bilder utan tillstånd är förbjudet enligt upphovsrättslagen, påpekar
  // juristen" and "Eftertryck förbjudet, stod det på skylten" are prose.
  {
    id: 'reprint-notice',
    patterns: [
      '^(eftertryck|mångfaldigande) [och kopiering|eller kopiering] (förbjudet|förbjuden|förbjudes|utan tillstånd förbjudet|utan medgivande förbjudet)$',
      '^(eftertryck|mångfaldigande) (förbjudet|förbjuden|förbjudes) (utan|om inte) * (tillstånd|medgivande)$',
      '^(eftertryck|mångfaldigande) (endast|bara) (med|efter) * (tillstånd|medgivande) *$',
      '^(kopiering|återgivning|återpublicering|eftertryck) av (innehållet|materialet|text och bild|artiklar|artiklarna|sajtens innehåll|innehållet på sajten|innehållet på denna sida) * (förbjuden|förbjudet|utan tillstånd|utan medgivande|endast med tillstånd)',
    ],
  },
]);
