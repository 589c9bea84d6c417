import { definePhrases } from '../define.js';

// Wire agencies an Indonesian page names.
const AGENCY = '(antara|antaranews|antara news|kantor berita antara|lkbn antara|reuters|afp|ap|dpa|efe|xinhua|kyodo|bloomberg|anadolu)';
// The same, or the agencies and media at large.
const SOURCE = `(${AGENCY.slice(1, -1)}|kantor berita|kantor berita asing|berbagai sumber|berbagai media|media asing)`;

export default definePhrases('id', 'syndication-credit', [
  // "Dikutip dari Antara, Selasa (12/3), menteri ..." opens a sentence: the credit is the whole line.
  {
    id: 'with-input-from',
    patterns: [
      `^dengan (informasi|bahan|laporan) dari * ${SOURCE}$`,
      `^(diolah|disarikan|dihimpun|dirangkum|disadur|dikutip|diterjemahkan) dari * ${SOURCE}$`,
      `^(sumber|laporan) ${SOURCE}$`,
    ],
  },
  // Antara closes its stories with "(ant)"; syndicated regional papers with a line naming the first site.
  {
    id: 'agency-tag',
    patterns: [`^${AGENCY}$`, `^${AGENCY} ${AGENCY}$`, '^(ant|antara foto)$'],
  },
  {
    id: 'republished',
    patterns: [
      '^(artikel|berita|tulisan) ini (telah|sudah) (tayang|terbit|dimuat|diterbitkan) (di|pada)',
      '^(artikel|berita|tulisan) ini (merupakan|adalah) (kerja sama|kerjasama) (dengan|antara)',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(konten|artikel|berita|tulisan) ini (dihasilkan|dibuat|diterbitkan|ditayangkan|diunggah) secara otomatis',
      '(tidak|belum|tanpa) [melalui] [proses] (penyuntingan|disunting|diedit|suntingan) [oleh] (redaksi|tim redaksi)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'hak cipta dilindungi',
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
      'tanpa (izin|ijin|seizin) tertulis (dari|dari redaksi|redaksi|penerbit)',
      '(mengambil|mengutip|menyalin|memperbanyak|mereproduksi|menyebarluaskan) (konten|isi|berita|artikel) * tanpa (izin|ijin|seizin)',
    ],
  },
]);
