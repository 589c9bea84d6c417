import { copyrightPatterns } from '../copyright-patterns.js';
import { definePhrases } from '../define.js';

// Wire agencies a Romanian page names.
const AGENCY = '(agerpres|mediafax|news ro|rador|moldpres|ipn|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
// An agency line alone: not "Rador" nor "IPN", short names that are also other things.
const BARE_AGENCY = '(agerpres|mediafax|news ro|moldpres|reuters|afp|ap|dpa|efe|xinhua|bloomberg)';
const SOURCE = `(${AGENCY.slice(1, -1)}|agenții|agenții de presă|agențiile de presă|agenții internaționale|presa internațională|presa străină)`;

const RIGHTS = 'toate drepturile [sunt] rezervate';
// How much is taken, and the site's own content taken.
const EXTENT = '(integrală|parțială|totală|integrală sau parțială|parțială sau integrală|totală sau parțială)';
const CONTENT =
  '(articolelor|articolului|materialelor|materialului|știrilor|știrii|conținutului|textelor|informațiilor de pe|materialelor de presă|materialelor publicate|conținutului site ului|conținutului acestui site)';

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
    patterns: [`^${BARE_AGENCY}$`, `^${AGENCY} ${AGENCY}$`, `^(agerpres|mediafax) * (autor|autori) * (editor|editori|redactor) * $`],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(preluat|preluată|publicat|publicată) automat (de la|din|de pe)',
      'nu a fost (editat|editată|modificat|modificată|verificat|verificată) de (redacție|redacția|echipa editorială|echipa noastră)$',
    ],
  },
  // A notice is the line itself, or follows a year (the "©" is dropped from the normal form):
  // "Toate drepturile rezervate, scria pe coperta cărții" is prose.
  {
    id: 'copyright',
    patterns: copyrightPatterns(RIGHTS, AGENCY),
  },
  // Reuse terms of the site, which open the line and name its own content (or take no object):
  // "Orice preluare a terenurilor se face doar cu acordul proprietarilor, a spus primarul" and
  // "Jurnaliștii pot folosi datele cu menționarea sursei, a precizat INS" are prose.
  {
    id: 'reprint-notice',
    patterns: [
      `^(reproducerea|preluarea|copierea|republicarea|distribuirea) ${EXTENT} [a|al] ${CONTENT}`,
      `^(reproducerea|preluarea|copierea|republicarea|distribuirea) ${EXTENT} (este interzisă|este permisă|se face|fără acordul|fără acord)`,
      `^(reproducerea|preluarea|copierea|republicarea|distribuirea) [fără cost|gratuită] (a|al) ${CONTENT} * (cu menționarea|cu mențiunea|cu citarea|prin citarea|este permisă|este interzisă|fără acordul)`,
      `^orice preluare [integrală sau parțială|parțială sau integrală|integrală|parțială] (a|al) ${CONTENT}`,
      '^orice preluare [integrală sau parțială|parțială sau integrală|integrală|parțială] (se face|este permisă|este interzisă|fără acordul) [doar|numai] (cu citarea|cu menționarea|cu mențiunea|prin citarea|cu acordul scris|în limita)',
      '^orice preluare [integrală sau parțială|parțială sau integrală|integrală|parțială] (se face|este permisă|este interzisă|fără acordul)$',
      '^orice preluare [integrală sau parțială|parțială sau integrală|integrală|parțială] este interzisă fără acordul',
    ],
  },
  // The editors' distance from a guest text.
  {
    id: 'disclaimers',
    patterns: [
      '^(articolul|textul|materialul|opiniile|punctele de vedere) * (nu reflectă|nu reprezintă) [neapărat] (opinia|poziția|punctul de vedere) (redacției|publicației)',
      '^(opiniile|punctele de vedere) (exprimate|din acest articol) * (aparțin|reprezintă) * (autorului|autorilor)',
    ],
  },
]);
