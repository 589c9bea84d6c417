/**
 * Shape of a block's text: how much of it there is and whether it reads like prose. One pass over
 * the characters: this runs on every block of every page, so it avoids regex scans and arrays.
 */

export interface Shape {
  /** Words, counting two CJK characters as one word. */
  words: number;
  chars: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, closing quote after those, or CJK full stop. */
  sentenceEnd: boolean;
  /** Sentence-ending punctuation marks inside the block. */
  sentences: number;
  /** Starts with a lowercase letter (a continuation or a slogan written in lower case). */
  startsLower: boolean;
  /** Share of words that start with a capital letter. */
  capitalised: number;
  /** Share of characters that are digits. */
  digits: number;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NUMBER = /\p{N}/u;
const MARK = /\p{M}/u;
// Character sets as flags per UTF-16 code unit: one array read per character, no strings built.
const TERMINAL = 1;
const CLOSER = 2;
const OPENER = 4;
const FLAGS = new Uint8Array(0x10000);
for (const c of '.!?…。！？') FLAGS[c.charCodeAt(0)] |= TERMINAL;
for (const c of '"\'”’»)]') FLAGS[c.charCodeAt(0)] |= CLOSER;
for (const c of ' "\'“‘«(') FLAGS[c.charCodeAt(0)] |= OPENER;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const SPACE = 32;

// Scripts written without spaces: each character counts as half a word.
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

type Class = 0 | 1 | 2 | 3; // other, lower letter, upper letter (or caseless letter), digit

// Beyond ASCII the Unicode classes decide, on the code unit alone (as `text[i]` would). Their
// regex tests are memoised per code unit: text in one script repeats a few dozen letters.
const KNOWN = 4;
const UPPER_BIT = 8;
const MARK_BIT = 16;
const WIDE = new Uint8Array(0x10000);

function wideBits(code: number): number {
  let bits = WIDE[code];
  if (bits === 0) {
    const ch = String.fromCharCode(code);
    const cls: Class = LETTER.test(ch) ? (LOWER.test(ch) ? 1 : 2) : NUMBER.test(ch) ? 3 : 0;
    bits = KNOWN | cls | (UPPER.test(ch) ? UPPER_BIT : 0) | (MARK.test(ch) ? MARK_BIT : 0);
    WIDE[code] = bits;
  }
  return bits;
}

function classify(code: number): Class {
  if (code < 128) {
    if (code >= 97 && code <= 122) return 1;
    if (code >= 65 && code <= 90) return 2;
    if (code >= 48 && code <= 57) return 3;
    return 0;
  }
  return (wideBits(code) & 3) as Class;
}

export function textShape(text: string): Shape {
  let tokens = 0;
  let caps = 0;
  let cjk = 0;
  let digits = 0;
  let sentences = 0;
  let inWord = false;
  let startsLower: boolean | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = classify(code);
    if (cls === 3) digits++;
    if (cls !== 0) {
      if (!inWord) {
        tokens++;
        // A class-2 letter is upper case, or a caseless one (CJK, Arabic) that is not a capital.
        if (cls === 2 && (code < 128 || wideBits(code) & UPPER_BIT)) caps++;
        if (startsLower === null) startsLower = cls === 1;
      }
      inWord = true;
      if (code >= 0x3040 && isCjk(code)) cjk++;
    } else if (inWord && (code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN || (code >= 0x300 && wideBits(code) & MARK_BIT))) {
      // Apostrophes, hyphens and combining marks stay inside a word.
    } else {
      inWord = false;
      if (startsLower === null && !(FLAGS[code] & OPENER)) startsLower = false;
      if (FLAGS[code] & TERMINAL && (i + 1 === text.length || text.charCodeAt(i + 1) === SPACE)) sentences++;
    }
  }
  let end = text.length - 1;
  while (end >= 0 && FLAGS[text.charCodeAt(end)] & CLOSER) end--;
  // CJK runs are single tokens; count their characters instead.
  const words = cjk > 0 ? Math.max(tokens, Math.ceil(cjk / 2)) : tokens;
  return {
    words,
    chars: text.length,
    sentenceEnd: end >= 0 && (FLAGS[text.charCodeAt(end)] & TERMINAL) !== 0,
    sentences,
    startsLower: startsLower === true,
    capitalised: tokens ? caps / tokens : 0,
    digits: text.length ? digits / text.length : 0,
  };
}
