import { copyrightPatterns } from '../copyright-patterns.js';
import { definePhrases } from '../define.js';

// Wire agencies a Czech (or Slovak) page names.
const AGENCY = '(čtk|česká tisková kancelář|tasr|reuters|afp|ap|dpa|efe|xinhua|bloomberg|pap|apa)';
const SOURCE = `(${AGENCY.slice(1, -1)}|agentur|agentury|tiskových agentur|zahraničních agentur|zahraničních médií)`;

const RIGHTS = '(všechna práva vyhrazena|všetky práva vyhradené)';

export default definePhrases('cs', 'syndication-credit', [
  // "Podle ČTK se ..." opens sentences: the credit is the whole line.
  {
    id: 'with-input-from',
    patterns: [
      `^(podle|dle) ${SOURCE}$`,
      `^(s využitím|na základě|za použití) (zpráv|informací|materiálů|podkladů) * ${SOURCE}$`,
    ],
  },
  // Czech sites sign a story "(red, ČTK)" or "ČTK, Reuters".
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY}$`, `^${AGENCY} ${AGENCY}$`, `^(red|redakce) ${AGENCY}$`, `^${AGENCY} (red|redakce)$`, `^(autor|autoři|text) ${AGENCY}$`],
  },
  // The note names the piece and opens the line: "Projev prezidenta byl zveřejněn bez redakčních
  // úprav, uvedl Hrad" is a sentence.
  {
    id: 'auto-generated',
    patterns: [
      '^(zpráva|článek|text|tento článek|tento text|tato zpráva|obsah) * (nebyl|nebyla|nebylo|není|nejsou) redakčně (upraven|upravena|upraveno|upraveny|zpracován|zpracována|zpracováno|upravován)',
      '^(zpráva|článek|text|tento článek|tento text|tato zpráva) * (zveřejněn|zveřejněna|publikován|publikována|převzat|převzata) bez redakčních úprav$',
      '^bez redakčních úprav$',
      '^(zpráva|článek|text|tento článek|tento text|tato zpráva) * automaticky (převzat|převzato|převzatá|převzatý|převzata)',
      '^[zpráva|článek|text] [je|byl|byla] (převzato|převzat|převzata|převzatá|převzatý) (z|ze) (čtk|zpravodajství čtk|agenturního zpravodajství|agentury čtk)',
    ],
  },
  // A notice is the line itself, or follows a year (the "©" is dropped from the normal form): "Všechna
  // práva vyhrazena, stálo na obálce" is prose.
  {
    id: 'copyright',
    patterns: copyrightPatterns(RIGHTS, AGENCY),
  },
  // Reuse terms of the site: the notice opens with the taking of the site's own content. "Šíření zpráv
  // o bombě je zakázáno, připomněla policie" and "Kopírování obsahu knih bez písemného souhlasu autora
  // je nezákonné, řekl advokát" are prose.
  {
    id: 'reprint-notice',
    patterns: [
      '^(publikování|šíření|kopírování|přebírání|rozmnožování) [nebo další šíření|a další šíření|či další šíření|nebo šíření|a šíření|či šíření] (obsahu|článků|textů|zpráv) (serveru|webu|stránek|tohoto serveru|tohoto webu|těchto stránek|zpravodajského serveru|vydavatelství)',
      '^(publikování|šíření|kopírování|přebírání|rozmnožování) [nebo další šíření|a další šíření|či další šíření|nebo šíření|a šíření|či šíření] (obsahu|článků|textů|zpráv) * (bez písemného souhlasu|bez předchozího souhlasu) (je zakázáno|zakázáno|není dovoleno)$',
      '^(publikování|šíření|kopírování|přebírání|rozmnožování) [nebo další šíření|a další šíření|či další šíření|nebo šíření|a šíření|či šíření] (obsahu|článků|textů|zpráv) * (je zakázáno|zakázáno|není dovoleno) (bez písemného souhlasu|bez předchozího souhlasu) *$',
      '^informace (čtk|z čtk) jsou určeny (pouze|jen|výhradně) (pro|k)',
    ],
  },
]);
