import type { Rule } from '../rule.js';

// A caption that ends by crediting the picture: "... in 2007 (Image: GETTY)", "... views, photos © Studio, 2018",
// "Foto: Agentur". The credit label must name a picture (image, photo, foto, bild...), so a sentence that ends
// "(source: the ministry)" or "(see page 4)" is not one.
const PICTURE = '(?:images?|photos?|photographs?|pictures?|pics?|fotos?|fotografía|fotografia|fotografie|bild(?:er)?|imagen|immagine|zdj[eę]cie|illustration)';
export const CREDIT = new RegExp(
  `(?:\\(\\s*(?:${PICTURE}|credits?)\\s*(?::|©|by)\\s*[^()]{1,60}\\)|\\b${PICTURE}\\s*(?::|©)\\s*[^.!?:]{1,60}?(?:,\\s*\\d{4})?)\\s*(?:\\.\\s*)?$`,
  'iu',
);
// Either form of credit holds one of these characters and, in its label, one of these stems (each
// label of PICTURE, and "credit", holds one; same flags, so the same case folding): a block
// without both skips the long regex, which tries every place of the block.
const CREDIT_MARK = /[(:©]/;
export const LABEL_STEM = /image|immagine|photo|pic|foto|bild|zdj|illustration|credit/iu;
const MAX_WORDS = 60;

const rule: Rule = {
  id: 'syndication-credit/picture-credit',
  kind: 'syndication-credit',
  languages: '*',
  description: 'A short block that ends by crediting a picture, like "(Image: Agency)": the caption of a photo.',
  examples: {
    kept: 'The ministry published the figures on Monday (source: the national statistics office).',
    removed: 'Crowds gathered on the quay to watch the old ferry leave for the last time (Image: Harbour Press)',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (f.words > MAX_WORDS || block.heading) return null;
    if (!CREDIT_MARK.test(block.text) || !LABEL_STEM.test(block.text) || !CREDIT.test(block.text)) return null;
    return { confidence: 0.85, reason: 'ends with a picture credit: an image caption', isolated: true };
  },
};

export default rule;
