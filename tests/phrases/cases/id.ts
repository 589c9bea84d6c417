import type { LanguageCases } from './types.js';

export const id: LanguageCases = {
  lang: 'id',
  positives: {
    'related-links': ['Baca juga:', 'Baca juga: Harga beras naik', 'Berita terkait'],
    attribution: ['Sumber', 'Sumber: Antara', 'Sumber berita', 'Tentang penulis', 'Artikel ini pertama kali tayang di The Conversation'],
    'syndication-credit': [
      'ANTARA',
      '(ant)',
      'Antara/Reuters',
      'Dengan informasi dari kantor berita',
      'Dengan informasi dari Reuters dan AFP',
      'Diolah dari berbagai sumber',
      'Dikutip dari Antara',
      'Artikel ini telah tayang di Kompas.com dengan judul "Harga beras turun"',
      'Hak cipta dilindungi undang-undang.',
      'Dilarang mengambil konten tanpa izin tertulis dari Kantor Berita ANTARA.',
      'Konten ini dihasilkan secara otomatis dan tidak melalui proses penyuntingan redaksi.',
      'Copyright © 2024 ANTARA. Hak cipta dilindungi undang-undang.',
      'Dilarang mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.',
    ],
  },
  negatives: [
    'Sumber di kepolisian mengatakan tersangka sudah ditahan sejak Senin.',
    'Dikutip dari Antara, Selasa, menteri mengatakan harga beras akan turun.',
    'Dilarang mengambil foto di area bandara, kata petugas.',
    'Surat tilang dibuat secara otomatis oleh kamera.',
    'Kantor berita itu melaporkan bahwa sambungan terputus saat badai.',
    'Dengan informasi dari warga, polisi menemukan lokasi persembunyian.',
    // Reported speech, law and police text, and bare words (review s13).
    'Hak cipta dilindungi undang-undang, kata hakim.',
    'Tanpa izin tertulis dari pemerintah daerah, tambang itu tetap beroperasi.',
    'Dokumen itu disebarkan tanpa izin tertulis dari pemiliknya, kata polisi.',
    'Ia mengutip berita tanpa izin dari media tersebut.',
    'Pidato presiden disiarkan tanpa diedit oleh redaksi televisi.',
    'Lihat juga bagaimana warga membersihkan sungai itu bersama-sama, kata lurah.',
  ],
};
