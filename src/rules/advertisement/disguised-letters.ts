import { LOOKALIKES } from '../../phrases/normalise.js';
import type { Rule } from '../rule.js';

// Latin words spelt with Cyrillic or Greek look-alike letters ("Аdvеrtіѕе" with a Cyrillic А, е, і, ѕ):
// the copy is disguised from ad blockers and spam filters, which match the plain spelling. Writers do not
// type that way; ad and spam copy pasted into a page does. Several disguised words are needed, and the
// block may hold no Cyrillic or Greek letter that has no Latin twin (и, л, я, β …): those write Russian,
// Ukrainian or Greek text, or a formula, where a stray Latin letter is a keyboard slip.
// A disguised word is a Latin word: four letters or more, at least two of them small Latin letters. Names
// in science built of capitals and a Greek letter ("NF-κB", "IκBα", "εr") and a Russian word with one
// Latin slip ("Москвa") are not.
/** Greek and Coptic, Cyrillic and its Supplement (ԁ, ԛ, ԝ). */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f]/u;
const inOtherScript = (c: number) => (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f);
/** The look-alike letters in both cases, by code unit. */
const LOOKALIKE_CODES = new Set(Object.keys(LOOKALIKES).flatMap((ch) => [ch.charCodeAt(0), ch.toUpperCase().charCodeAt(0)]));
const WORD = /[\p{L}\p{M}]+/gu;
const MIN_LETTERS = 4;
const MIN_LATIN_SMALL = 2;
const MIN_DISGUISED = 3;
const MIN_SHARE = 0.2;

/** Whether the word is Latin spelt partly with look-alikes of another script. */
function disguised(word: string): boolean {
  if (word.length < MIN_LETTERS) return false;
  let small = 0;
  let other = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) small++;
    else if (inOtherScript(c)) other = true;
  }
  return other && small >= MIN_LATIN_SMALL;
}

const rule: Rule = {
  id: 'advertisement/disguised-letters',
  kind: 'advertisement',
  languages: '*',
  description: 'A block whose Latin words are spelt with Cyrillic or Greek look-alike letters: ad or spam copy disguised from filters.',
  examples: {
    kept: 'Компания Apple представила новый iPhone в Москве, сообщает агентство.',
    removed: 'Gеt уоur fіrst mоnth frее аnd rеасh thоuѕаndѕ оf lосаl buyеrѕ tоdау!',
  },
  test(block) {
    const text = block.text;
    // Cheap test first: most blocks hold no Cyrillic or Greek letter at all.
    const first = text.search(OTHER_SCRIPT);
    if (first < 0) return null;
    // Then stop at the first letter of that script without a Latin twin: Russian or Greek text ends here.
    for (let i = first; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inOtherScript(c) && !LOOKALIKE_CODES.has(c)) return null;
    }
    const words = text.match(WORD) ?? [];
    let n = 0;
    for (const w of words) if (disguised(w)) n++;
    if (n < MIN_DISGUISED || n < MIN_SHARE * words.length) return null;
    return { confidence: 0.85, reason: `${n} Latin words spelt with look-alike letters of another script: disguised ad copy` };
  },
};

export default rule;
