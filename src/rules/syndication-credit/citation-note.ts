import type { Rule } from '../rule.js';

// A note on how to cite the piece, the label and the citation in one block ("Suggested citation: Roe,
// Jane: Harbour Law, Harbour Review, 2021/3/02, https://…"): a scholarly blog's or journal's reuse note,
// not the text. The phrase data holds these labels alone on a line; glued to a citation they are known
// by the citation's shape. A sentence that opens with the same words ("Cite as many sources as you can,
// the professor said") has no colon after them, and no year or address in a list of commas after that.
const LABEL =
  '(?:(?:suggested|recommended|preferred)\\s+citation|cite\\s+as|how\\s+to\\s+cite(?:\\s+this\\s+\\p{L}+)?|' +
  'pour\\s+citer\\s+(?:cet\\s+article|ce\\s+document|ce\\s+billet|cette\\s+page|ce\\s+texte)|citer\\s+cet\\s+article|' +
  '(?:c[oó]mo|para)\\s+citar\\s+(?:este|esta)\\s+(?:art[ií]culo|documento|entrada|p[aá]gina|texto)|cita\\s+recomendada|' +
  'zitiervorschlag|zitierhinweis|empfohlene\\s+zitierweise)';
/** The label, then a colon; or the label set in capitals as a sign of its own ("SUGGESTED CITATION Roe, …"). */
const OPENING = new RegExp(`^${LABEL}\\s*:`, 'iu');
const CAPS_OPENING = new RegExp(`^${LABEL}\\s`, 'iu');
/** The citation's shape: a year, or a web address or DOI. */
const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/u;
const ADDRESS = /https?:\/\/|www\.|\bdoi\b/iu;
const MIN_COMMAS = 2;
const MAX_WORDS = 80;

const rule: Rule = {
  id: 'syndication-credit/citation-note',
  kind: 'syndication-credit',
  languages: '*',
  description: 'A block that opens with a citation label and goes on as a citation, like "Suggested citation: Roe, Jane: Title, Review, 2021": a note on reuse.',
  examples: {
    kept: 'Cite as many sources as you can, the professor told the students on Monday.',
    removed: 'Suggested citation: Roe, Jane: Harbour Law in a Storm, Harbour Review, 2021/3/02, https://review.example/harbour-law/.',
  },
  test(block, index, context) {
    if (context.features[index].words > MAX_WORDS) return null;
    const text = block.text.trimStart();
    const caps = CAPS_OPENING.exec(text);
    const opened = OPENING.test(text) || (caps !== null && caps[0] === caps[0].toUpperCase());
    if (!opened) return null;
    let commas = 0;
    for (let i = 0; i < text.length && commas < MIN_COMMAS; i++) if (text.charCodeAt(i) === 44) commas++;
    if (commas < MIN_COMMAS || !(YEAR.test(text) || ADDRESS.test(text))) return null;
    return { confidence: 0.85, reason: 'a citation label followed by a citation: a note on how to cite the piece' };
  },
};

export default rule;
