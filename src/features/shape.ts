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
// Character sets as flags per UTF-16 code unit.
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

// Per UTF-16 code unit, everything the loop below asks of it, as bits of one byte: one array read
// per character instead of a chain of range tests and table reads. Beyond ASCII the Unicode classes
// decide, on the code unit alone (as `text[i]` would); their regex tests run once per code unit,
// on first sight: text in one script repeats a few dozen letters.
const CLASS = 3; // 0 other, 1 lower letter, 2 upper letter (or caseless letter), 3 digit
const CAPITAL = 4; // a class-2 letter that is upper case, not a caseless one (CJK, Arabic)
const CJK = 8;
const JOINER = 16; // apostrophes, hyphens and combining marks stay inside a word
const TERMINAL_UNIT = 32;
const OPENER_UNIT = 64;
const KNOWN = 128;
const UNITS = new Uint8Array(0x10000);

function unitBits(code: number): number {
  let cls: number;
  let upper: boolean;
  let mark = false;
  if (code < 128) {
    cls = code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : code >= 48 && code <= 57 ? 3 : 0;
    upper = cls === 2;
  } else {
    const ch = String.fromCharCode(code);
    cls = LETTER.test(ch) ? (LOWER.test(ch) ? 1 : 2) : NUMBER.test(ch) ? 3 : 0;
    upper = UPPER.test(ch);
    mark = code >= 0x300 && MARK.test(ch);
  }
  let bits = KNOWN | cls;
  if (cls === 2 && upper) bits |= CAPITAL;
  if (isCjk(code)) bits |= CJK;
  if (code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN || mark) bits |= JOINER;
  if (FLAGS[code] & TERMINAL) bits |= TERMINAL_UNIT;
  if (FLAGS[code] & OPENER) bits |= OPENER_UNIT;
  UNITS[code] = bits;
  return bits;
}

export function textShape(text: string): Shape {
  let tokens = 0;
  let caps = 0;
  let cjk = 0;
  let digits = 0;
  let sentences = 0;
  let inWord = false;
  let startsLower: boolean | null = null;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let bits = UNITS[code];
    if (bits === 0) bits = unitBits(code);
    const cls = bits & CLASS;
    if (cls !== 0) {
      if (cls === 3) digits++;
      if (!inWord) {
        tokens++;
        if (bits & CAPITAL) caps++;
        if (startsLower === null) startsLower = cls === 1;
      }
      inWord = true;
      if (bits & CJK) cjk++;
      // The rest of the word: its letters other than CJK (most characters of a text) change no
      // count, and digits only their own; a tight loop over them spares the branches above.
      while (i + 1 < n) {
        const next = UNITS[text.charCodeAt(i + 1)] & (CLASS | CJK);
        if (next === 3) digits++;
        else if (next !== 1 && next !== 2) break;
        i++;
      }
    } else if (inWord && bits & JOINER) {
      // Inside a word.
    } else {
      inWord = false;
      if (startsLower === null && !(bits & OPENER_UNIT)) startsLower = false;
      if (bits & TERMINAL_UNIT && (i + 1 === n || text.charCodeAt(i + 1) === SPACE)) sentences++;
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
