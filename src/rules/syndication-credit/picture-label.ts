import type { Rule } from '../rule.js';

// A caption or credit that opens by naming the picture: "Titelbild: Agency/Name", "Abbildung: the glacier
// in 2020", "Photo source: X", "Beitragsbild via Y". Unlike ./picture-credit.ts the label leads, so the
// line is a caption from its first word. The label must be the block's first word(s) followed by a colon,
// "©" or "via"; a sentence that merely starts with "Photos" ("Photos of the flood spread quickly") has none.
const LABEL =
  '(?:(?:title|cover|header|featured|lead)\\s+(?:image|photo|picture)|(?:photo|image|picture)\\s+(?:source|credits?|courtesy)|' +
  '(?:titel|beitrags|aufmacher|symbol|header|vorschau)bild|titelfoto|abbildung|abb\\.?|bild(?:er)?|fotos?|photos?|images?|pictures?|' +
  'figure|fig\\.?|grafik|illustration|imagen|foto\\s+de\\s+portada|immagine|zdj[eę]cie|fot\\.?|cr[ée]dits?\\s+photos?|quelle\\s+bild|bildquelle)';
const OPENING = new RegExp(`^[\\s(\\[]*${LABEL}\\s*(?:\\d+\\s*)?(?::|©|\\bvia\\b)`, 'iu');
const MAX_WORDS = 30;

const rule: Rule = {
  id: 'syndication-credit/picture-label',
  kind: 'syndication-credit',
  languages: '*',
  description: 'A short block that opens by naming a picture, like "Titelbild: Agency" or "Figure 2: the glacier": a caption or credit.',
  examples: {
    kept: 'Photos of the flooded square spread quickly on social media, and by noon the mayor had called a meeting.',
    removed: 'Titelbild: Harbour Press / J. Doe',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (f.words > MAX_WORDS) return null;
    if (!OPENING.test(block.text)) return null;
    return { confidence: 0.85, reason: 'opens by naming a picture: a caption or picture credit', isolated: true };
  },
};

export default rule;
