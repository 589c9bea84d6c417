import rule from '../../../src/rules/related-links/file-download.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = '<p>The council published its plans for the harbour on Monday after a year of hearings.</p>';

ruleCases(rule, {
  valid: [
    // Sizes and formats in prose, without a link or with too many words for a label.
    { doc: `<div>${PARA}<p>The update weighs 500 MB and opens PDF files faster than before.</p></div>` },
    { doc: `<div>${PARA}<p>The council's <a href="/plan">plan</a> runs to 300 pages, and the PDF of it, at 12 MB, was downloaded thousands of times in the first week alone by residents.</p></div>` },
    // A linked line without a size is no download label.
    { doc: `<div>${PARA}<p><a href="/plan.pdf">Harbour plan</a> (PDF)</p></div>` },
    // A short linked sentence that names a file's size and format mid-way: news, not a label.
    { doc: `<div>${PARA}<p>The <a href="/inquiry">inquiry's findings</a>, a 212-page, 9 MB PDF, were posted at noon.</p></div>` },
    { doc: `<div>${PARA}<p>The <a href="/clip">bodycam clip</a>, a 3 GB MP4 file, circulated widely in group chats.</p></div>` },
    // A format inside a longer word ("mods", "goods", "republic") is no format.
    { doc: `<div>${PARA}<p>The <a href="/patch">patch</a> brings fan-made mods 4 GB</p></div>` },
    { doc: `<div>${PARA}<p><a href="/trade">Traded goods</a> 12 KB</p></div>` },
    // A linked line ending as a sentence.
    { doc: `<div>${PARA}<p>The <a href="/a">archive</a> holds the PDF (2 MB).</p></div>` },
  ],
  invalid: [
    { doc: `<div>${PARA}<p><a href="/plan.pdf">Harbour plan</a> (PDF, 2.4 MB)</p></div>` },
    { doc: `<div>${PARA}<p><a href="/letter.pdf">Letter of 3 May</a>PDF | 38 KB | not accessible</p></div>` },
    { doc: `<div>${PARA}<p><a href="/data.zip">Survey data</a> 1,2 Mo ZIP</p></div>` },
  ],
});
