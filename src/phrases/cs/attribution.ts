import { definePhrases } from '../define.js';

// Wire agencies a Czech (or Slovak) page names.
const AGENCY = '(čtk|česká tisková kancelář|tasr|reuters|afp|ap|dpa|efe|xinhua|bloomberg|pap|apa|agentury|tiskové agentury)';

export default definePhrases('cs', 'attribution', [
  // "Zdroj blízký vyšetřování uvedl ..." opens news sentences: the label counts only alone, or as
  // the whole line with an agency after it.
  {
    id: 'source-label',
    patterns: ['^zdroj$', '^zdroje$', '^(zdroj informací|zdroj článku|zdroj zprávy)$', `^zdroj ${AGENCY}$`, `^zdroje ${AGENCY}$`, `^(zdroj|zdroje) * (a|a agentura) ${AGENCY}$`],
  },
  {
    id: 'credit-opener',
    patterns: ['^(článek|text) (původně|poprvé) (vyšel|vyšla|byl publikován|byl zveřejněn) (v|ve|na)'],
  },
  {
    id: 'about-label',
    patterns: ['^(o autorovi|o autorce|o autorech|o nás)$'],
  },
]);
