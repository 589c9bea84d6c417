import type { LanguageCases } from './types.js';

export const ms: LanguageCases = {
  lang: 'ms',
  positives: {
    attribution: ['Sumber: Bernama', 'Sumber: Agensi', 'Mengenai penulis'],
    'syndication-credit': ['-- BERNAMA', 'BERNAMA', 'Bernama/Reuters', 'Dengan maklumat daripada agensi', 'Hak cipta terpelihara.', 'Tidak dibenarkan menerbitkan semula tanpa kebenaran bertulis.', 'Hak Cipta Terpelihara © 2024 BERNAMA', 'Hak cipta terpelihara. Tidak dibenarkan menyiarkan semula tanpa kebenaran bertulis.'],
  },
  negatives: [
    'Sumber polis berkata suspek ditahan pada hari Isnin.',
    'Agensi itu melaporkan sambungan terputus semasa ribut.',
    'Menurut Bernama, rundingan akan disambung pada hari Jumaat.',
    // Reported speech, law and police text, and bare words (review s13).
    'Hak cipta terpelihara bagi semua karya seni di bawah akta tersebut, kata peguam itu.',
    'Polis berkata dokumen itu disebarkan tanpa kebenaran bertulis daripada pemiliknya.',
    'Agensi',
  ],
};
