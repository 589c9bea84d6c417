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
  // An agency line alone; not "Agensi", a heading or a list item of the text.
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY} ${AGENCY}$`, '^bernama$'],
  },
  // A notice is the line itself, or sits by a year (the "©" is dropped from the normal form): "Hak
  // cipta terpelihara bagi semua karya seni ..., kata peguam itu" is reported speech.
  {
    id: 'copyright',
    patterns: [
      '^hak cipta terpelihara$',
      '^hak cipta terpelihara (#|c|copyright)',
      '^[c|copyright] # * * hak cipta terpelihara',
      '^hak cipta terpelihara (tidak dibenarkan|dilarang)',
      `^(c|copyright) ${AGENCY}`,
    ],
  },
  // Reuse terms of the site: "Polis berkata dokumen itu disebarkan tanpa kebenaran bertulis daripada
  // pemiliknya" is prose; the notice opens the line, or asks the publisher's leave.
  {
    id: 'reprint-notice',
    patterns: [
      '^(tidak dibenarkan|dilarang) (menerbitkan|menyiarkan|mengeluarkan|menyalin|mengambil) [semula] * tanpa kebenaran',
      'tanpa kebenaran (bertulis daripada penerbit|daripada penerbit|bertulis daripada pihak pengurusan|daripada pihak pengurusan)',
    ],
  },
]);
