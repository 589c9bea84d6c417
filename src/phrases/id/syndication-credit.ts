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
  // The note names the piece and opens the line: "Pidato presiden disiarkan tanpa diedit oleh
  // redaksi televisi" is a sentence.
  {
    id: 'auto-generated',
    patterns: [
      '^(konten|artikel|berita|tulisan) ini (dihasilkan|dibuat|diterbitkan|ditayangkan|diunggah) secara otomatis',
      '^(konten|artikel|berita|tulisan) ini * (tidak|belum|tanpa) [melalui] [proses] (penyuntingan|disunting|diedit|suntingan) [oleh] (redaksi|tim redaksi)',
    ],
  },
  // A notice is the line itself, or follows a year (the "©" is dropped from the normal form): "Hak
  // cipta dilindungi undang-undang, kata hakim" is reported speech.
  {
    id: 'copyright',
    patterns: [
      '^hak cipta dilindungi [undang undang|oleh undang undang]$',
      '^[c|copyright] # * * hak cipta dilindungi',
      '^hak cipta [c|copyright] #',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      `^# ${AGENCY}$`,
      `^(c|copyright) ${AGENCY}`,
    ],
  },
  // Reuse terms of the site. "Dokumen itu disebarkan tanpa izin tertulis dari pemiliknya, kata polisi"
  // and "Tanpa izin tertulis dari pemerintah daerah, tambang itu ..." are prose: the notice forbids
  // taking the site's own content, or asks its editors' leave.
  {
    id: 'reprint-notice',
    patterns: [
      '^(dilarang|tidak diperkenankan|tidak diizinkan) (mengambil|mengutip|menyalin|memperbanyak|mereproduksi|menyebarluaskan|menayangkan ulang|memuat ulang) (konten|isi|berita|artikel|materi|tulisan)',
      'tanpa (izin|ijin|seizin) tertulis (dari redaksi|redaksi|dari penerbit|penerbit)',
    ],
  },
]);
