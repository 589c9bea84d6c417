import type { Rule } from '../rule.js';

// A line that is only a picture credit: names joined by slashes, "Jane Doe/Harbour Press/Agency Images",
// "AGENCY / J. DOE". Credits set under pictures take this form in many languages; prose does not, and a
// slash between two capitalised words in running text ("Israel/Gaza") sits inside a sentence, not alone.
// Each name is capitalised words (with particles such as "van", "de"), or one lowercase agency word
// with a hyphen or dot ("picture-alliance", "dpa.com").
const WORD = "\\p{Lu}[\\p{L}\\p{M}\\d.'’&-]*";
const PARTICLE = '(?:de|da|di|del|van|von|der|den|la|le|y|und|and|&)';
const NAME = `(?:${WORD}(?:\\s+(?:${WORD}|${PARTICLE})){0,3}|\\p{Ll}[\\p{L}\\d]*[-.][\\p{L}\\d.-]+)`;
// After the first name an agency may be one short lowercase word ("dpa", "afp").
const AGENCY = '\\p{Ll}{2,6}';
const CREDIT = new RegExp(`^[\\s(©]*(?:©\\s*)?${NAME}(?:\\s*/\\s*(?:${NAME}|${AGENCY})){1,3}[\\s)]*$`, 'u');
const MAX_WORDS = 10;

const rule: Rule = {
  id: 'syndication-credit/credit-line',
  kind: 'syndication-credit',
  languages: '*',
  description: 'A short line of names joined by slashes, like "Jane Doe/Harbour Press/Agency Images": a picture credit.',
  examples: {
    kept: 'The Israel/Egypt border crossing reopened on Monday after talks.',
    removed: 'Jane Doe/Harbour Press/Agency Images',
  },
  test(block, index, context) {
    const f = context.features[index];
    if (block.heading || f.words < 2 || f.words > MAX_WORDS || f.sentenceEnd) return null;
    if (!CREDIT.test(block.text)) return null;
    return { confidence: 0.85, reason: 'names joined by slashes: a picture credit', isolated: true };
  },
};

export default rule;
