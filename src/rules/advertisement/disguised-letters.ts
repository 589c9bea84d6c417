import { LOOKALIKES } from '../../phrases/normalise.js';
import type { Rule } from '../rule.js';

// Latin words spelt with Cyrillic or Greek look-alike letters ("Аdvеrtіѕе" with a Cyrillic А, е, і, ѕ):
// the copy is disguised from ad blockers and spam filters, which match the plain spelling. Writers do not
// type that way; ad and spam copy pasted into a page does. Several disguised words are needed, and the
// block may hold no Cyrillic or Greek letter that has no Latin twin (и, л, я, β …): those write Russian,
// Ukrainian or Greek text, or a formula, where a stray Latin letter is a keyboard slip.
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff]/u;
const OTHER_SCRIPT_ALL = /[\u0370-\u03ff\u0400-\u04ff]/gu;
const LATIN = /[a-z]/i;
const WORD = /[\p{L}\p{M}]+/gu;
const MIN_DISGUISED = 3;
const MIN_SHARE = 0.2;

const rule: Rule = {
  id: 'advertisement/disguised-letters',
  kind: 'advertisement',
  languages: '*',
  description: 'A block whose Latin words are spelt with Cyrillic or Greek look-alike letters: ad or spam copy disguised from filters.',
  examples: {
    kept: 'Компания Apple представила новый iPhone в Москве, сообщает агентство.',
    removed: 'Аdvеrtіѕе wіth thе best-read site in the region ~ wе оffеr cuѕtоmіzаblе packages!',
  },
  test(block) {
    // Cheap test first: most blocks hold no Cyrillic or Greek letter at all.
    if (!OTHER_SCRIPT.test(block.text)) return null;
    for (const ch of block.text.match(OTHER_SCRIPT_ALL) ?? []) if (!(ch.toLowerCase() in LOOKALIKES)) return null;
    const words = block.text.match(WORD) ?? [];
    let n = 0;
    for (const w of words) if (LATIN.test(w) && OTHER_SCRIPT.test(w)) n++;
    if (n < MIN_DISGUISED || n < MIN_SHARE * words.length) return null;
    return { confidence: 0.85, reason: `${n} Latin words spelt with look-alike letters of another script: disguised ad copy` };
  },
};

export default rule;
