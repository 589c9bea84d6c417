import { definePhrases } from '../define.js';

// Wire agencies a Romanian page names.
const AGENCY = '(agerpres|mediafax|news ro|rador|moldpres|ipn|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
const SOURCE = `(${AGENCY.slice(1, -1)}|agenții|agenții de presă|agențiile de presă|agenții internaționale|presa internațională|presa străină)`;

export default definePhrases('ro', 'syndication-credit', [
  // "Potrivit Agerpres, ..." opens sentences: the credit is the whole line.
  {
    id: 'with-input-from',
    patterns: [
      `^cu (informații|date|material) (de la|din|preluate de la|preluate din) * ${SOURCE}$`,
      `^(cu|surse) ${SOURCE}$`,
      `^potrivit ${AGENCY}$`,
      '^(articol|știre|material|text) (preluat|preluată) (de la|din|de pe|integral de la|integral din)',
    ],
  },
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY}$`, `^${AGENCY} ${AGENCY}$`],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(preluat|preluată|publicat|publicată) automat (de la|din|de pe)',
      'nu a fost (editat|editată|modificat|modificată|verificat|verificată) de (redacție|redacția|echipa editorială|echipa noastră)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'toate drepturile [sunt] rezervate',
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
      '(reproducerea|preluarea|copierea|republicarea|distribuirea) (integrală|parțială|totală|integrală sau parțială|parțială sau integrală|totală sau parțială) * (interzisă|fără acordul|fără acord|doar cu|numai cu|este permisă|se face)',
      'orice preluare * (se face|este permisă|este interzisă|cu citarea|cu menționarea|fără acordul)',
      '(cu|prin) (menționarea|citarea) (sursei|explicită a sursei)',
    ],
  },
  // The editors' distance from a guest text.
  {
    id: 'disclaimers',
    patterns: ['(nu reflectă|nu reprezintă) [neapărat] (opinia|poziția|punctul de vedere) (redacției|publicației)'],
  },
]);
