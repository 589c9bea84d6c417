import { definePhrases } from '../define.js';

const AGENCY = '(bernama|reuters|afp|ap|dpa|efe|xinhua|kyodo|bloomberg|anadolu|antara)';
const SOURCE = `(${AGENCY.slice(1, -1)}|agensi|agensi berita|agensi agensi|pelbagai sumber|media asing)`;

export default definePhrases('ms', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      `^(dengan|menerusi) (maklumat|laporan) (dari|daripada) * ${SOURCE}$`,
      `^(dipetik|diolah|disesuaikan) (dari|daripada) * ${SOURCE}$`,
    ],
  },
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY} ${AGENCY}$`, '^bernama$', '^(agensi|agensi agensi)$'],
  },
  {
    id: 'copyright',
    patterns: ['hak cipta terpelihara', `^(c|copyright) ${AGENCY}`],
  },
  {
    id: 'reprint-notice',
    patterns: ['tanpa kebenaran (bertulis|daripada penerbit|daripada pihak)'],
  },
]);
