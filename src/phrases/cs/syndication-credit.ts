import { definePhrases } from '../define.js';

// Wire agencies a Czech (or Slovak) page names.
const AGENCY = '(čtk|česká tisková kancelář|tasr|reuters|afp|ap|dpa|efe|xinhua|bloomberg|pap|apa)';
const SOURCE = `(${AGENCY.slice(1, -1)}|agentur|agentury|tiskových agentur|zahraničních agentur|zahraničních médií)`;

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
    patterns: [`^${AGENCY}$`, `^${AGENCY} ${AGENCY}$`, `^(red|redakce) ${AGENCY}$`, `^${AGENCY} (red|redakce)$`],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(nebyl|nebyla|nebylo|není|nejsou) redakčně (upraven|upravena|upraveno|upraveny|zpracován|zpracována|zpracováno|upravován)',
      'bez redakčních úprav',
      'automaticky (převzat|převzato|převzatá|převzatý|převzata)',
      '(převzato|převzat|převzata|převzatá|převzatý) (z|ze) (čtk|zpravodajství čtk|agenturního zpravodajství|agentury čtk)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'všechna práva vyhrazena',
      'všetky práva vyhradené',
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
      '(publikování|šíření|kopírování|přebírání|rozmnožování) * obsahu * (zakázáno|je zakázáno|bez písemného souhlasu|bez předchozího souhlasu)',
      '(přebírání|kopírování|šíření) (obsahu|článků|textů|zpráv) * (bez písemného|bez předchozího|bez souhlasu|je zakázáno|zakázáno)',
      'informace (čtk|z čtk) jsou určeny',
    ],
  },
]);
