import type { Rule } from '../rule.js';

// A link to a file, labelled the way download lists label it: the file's format beside its size, set
// off from the title by brackets, a bar or the end of the line ("Annual report (PDF, 2.4 MB)",
// "Letter of 3 May PDF | 38 KB"). A reader of the text cannot open it; it points to a document
// elsewhere, as a related link does. Format and size are written the same in every language.
// A sentence that names a file's size is prose, even with a link in it ("… a 10 MB PDF, went online at
// noon."): the pair must close its segment, and the block may not end as a sentence does.
const FORMATS = ['pdf', 'docx?', 'xlsx?', 'pptx?', 'odt', 'ods', 'odp', 'rtf', 'epub', 'csv', 'zip', 'mp3', 'mp4'];
const UPPER = FORMATS.map((f) => f.toUpperCase()).join('|');
const ANY_CASE = [...FORMATS, ...FORMATS.map((f) => f[0].toUpperCase() + f.slice(1))].join('|') + '|' + UPPER;
/**
 * A format as a word of its own: "mods", "periods" and "republic" hold no format. Capitals right after
 * a small letter start a word too: a title glued to its label ("Letter of 3 MayPDF") where the page
 * set them in separate elements.
 */
const FORMAT = `(?:(?<!\\p{L})(?:${ANY_CASE})|(?<=\\p{Ll})(?:${UPPER}))(?![\\p{L}\\d])`;
/** A size of a few digits: bounded, so a long run of digits costs one look, not one per digit. */
const SIZE = '(?<![\\d.,])\\d{1,6}(?:[.,]\\d{1,3})?\\s?(?:[kKmMgG][iI]?[bB]|[kKmMgG][oO]|[bB]ytes?)(?![\\p{L}\\d])';
const GAP = '[\\s,;:|/()\\[\\]–-]{0,6}';
/** The pair, then what closes its segment: the end, a closing bracket or a bar. */
const FORMAT_AND_SIZE = new RegExp(`(?:${FORMAT}${GAP}${SIZE}|${SIZE}${GAP}${FORMAT})\\s?(?:$|[)\\]|])`, 'u');
/** A block that ends as a sentence: a full stop, a question or an exclamation mark at its end. */
const SENTENCE_END = /[.!?]["'”’»)]?$/u;
const MAX_WORDS = 20;
/** More than a label's worth of characters: no test needed. */
const MAX_CHARS = 300;

const rule: Rule = {
  id: 'related-links/file-download',
  kind: 'related-links',
  languages: '*',
  description: 'A short linked line naming a file by format and size, like "Annual report (PDF, 2.4 MB)": a download link, not article text.',
  examples: {
    kept: 'The app needs 500 MB of space and opens PDF files of any size.',
    removed: '<p><a href="/files/report.pdf">Annual harbour report</a> (PDF, 2.4 MB)</p>',
  },
  test(block, index, context) {
    if (!block.linkChars || block.text.length > MAX_CHARS || context.features[index].words > MAX_WORDS) return null;
    const text = block.text.trim();
    if (SENTENCE_END.test(text) || !FORMAT_AND_SIZE.test(text)) return null;
    return { confidence: 0.85, reason: 'a linked file named by its format and size: a download link' };
  },
};

export default rule;
