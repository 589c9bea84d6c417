import { definePhrases } from '../define.js';

// Wire agencies an Indonesian page names.
const AGENCY =
  '(antara|antaranews|antara news|kantor berita antara|lkbn antara|bernama|reuters|afp|ap|dpa|efe|xinhua|kyodo|bloomberg|anadolu|kantor berita|berbagai sumber|berbagai media|media asing)';

export default definePhrases('id', 'attribution', [
  // "Sumber di kepolisian mengatakan ..." opens news sentences: the label counts only alone, or as
  // the whole line with an agency after it.
  {
    id: 'source-label',
    patterns: ['^sumber$', '^(sumber berita|sumber artikel|sumber informasi|sumber tulisan)$', `^sumber ${AGENCY}$`, `^sumber * (dan|serta) ${AGENCY}$`],
  },
  {
    id: 'credit-opener',
    patterns: ['^(artikel|tulisan|berita) ini (pertama kali|sebelumnya|awalnya) (tayang|terbit|dimuat|diterbitkan) (di|pada|oleh)'],
  },
  {
    id: 'about-label',
    patterns: ['^(tentang penulis|tentang kami|profil penulis)$'],
  },
]);
