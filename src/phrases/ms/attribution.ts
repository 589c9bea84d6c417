import { definePhrases } from '../define.js';

// Malay shares "Sumber" with Indonesian (see ../id/attribution.ts); here only the agencies Malaysian
// pages name after it.
export default definePhrases('ms', 'attribution', [
  {
    id: 'source-label',
    patterns: ['^sumber (bernama|agensi|agensi berita|agensi agensi|pelbagai sumber|media asing)$', '^sumber berita$'],
  },
  {
    id: 'about-label',
    patterns: ['^(mengenai penulis|tentang penulis|mengenai kami)$'],
  },
]);
