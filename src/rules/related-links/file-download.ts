import type { Rule } from '../rule.js';

// A link to a file, labelled the way download lists label it: the file's format beside its size
// ("Annual report (PDF, 2.4 MB)", "Letter of 3 May PDF | 38 KB"). A reader of the text cannot open it;
// it points to a document elsewhere, as a related link does. Format and size are written the same in
// every language. A sentence about file sizes has no link, or more words than a label.
const FORMAT = '(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|epub|csv|zip|mp3|mp4)';
const SIZE = '\\d+(?:[.,]\\d+)?\\s?(?:[kmg]i?b|[kmg]o|bytes?)';
const FORMAT_AND_SIZE = new RegExp(`${FORMAT}[\\s,;:|/()\\[\\]–-]{0,6}${SIZE}(?![\\p{L}\\d])|${SIZE}[\\s,;:|/()\\[\\]–-]{0,6}${FORMAT}(?![\\p{L}\\d])`, 'iu');
const MAX_WORDS = 20;

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
    if (!block.linkChars || context.features[index].words > MAX_WORDS) return null;
    if (!FORMAT_AND_SIZE.test(block.text)) return null;
    return { confidence: 0.85, reason: 'a linked file named by its format and size: a download link' };
  },
};

export default rule;
