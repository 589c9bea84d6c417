import type { LanguageCases } from './types.js';

export const ms: LanguageCases = {
  lang: 'ms',
  positives: {
    attribution: ['Sumber: Bernama', 'Sumber: Agensi', 'Mengenai penulis'],
    'syndication-credit': ['-- BERNAMA', 'BERNAMA', 'Bernama/Reuters', 'Dengan maklumat daripada agensi', 'Hak cipta terpelihara.', 'Tidak dibenarkan menerbitkan semula tanpa kebenaran bertulis.'],
  },
  negatives: [
    'Sumber polis berkata suspek ditahan pada hari Isnin.',
    'Agensi itu melaporkan sambungan terputus semasa ribut.',
    'Menurut Bernama, rundingan akan disambung pada hari Jumaat.',
  ],
};
