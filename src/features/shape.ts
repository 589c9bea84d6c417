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
const TERMINAL = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const OPENERS = new Set([' ', '"', "'", '“', '‘', '«', '(']);

// Scripts written without spaces: each character counts as half a word.
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

type Class = 0 | 1 | 2 | 3; // other, lower letter, upper letter (or caseless letter), digit

function classify(ch: string, code: number): Class {
  if (code < 128) {
    if (code >= 97 && code <= 122) return 1;
    if (code >= 65 && code <= 90) return 2;
    if (code >= 48 && code <= 57) return 3;
    return 0;
  }
  if (LETTER.test(ch)) return LOWER.test(ch) ? 1 : 2;
  if (NUMBER.test(ch)) return 3;
  return 0;
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
    const ch = text[i];
    const code = text.charCodeAt(i);
    const cls = classify(ch, code);
    if (cls === 3) digits++;
    if (cls !== 0) {
      if (!inWord) {
        tokens++;
        if (cls === 2 && UPPER.test(ch)) caps++;
        if (startsLower === null) startsLower = cls === 1;
      }
      inWord = true;
      if (code >= 0x3040 && isCjk(code)) cjk++;
    } else if (inWord && (ch === "'" || ch === '’' || ch === '-' || (code >= 0x300 && MARK.test(ch)))) {
      // Apostrophes, hyphens and combining marks stay inside a word.
    } else {
      inWord = false;
      if (startsLower === null && !OPENERS.has(ch)) startsLower = false;
      if (TERMINAL.has(ch) && (i + 1 === text.length || text[i + 1] === ' ')) sentences++;
    }
  }
  let end = text.length - 1;
  while (end >= 0 && CLOSERS.has(text[end])) end--;
  // CJK runs are single tokens; count their characters instead.
  const words = cjk > 0 ? Math.max(tokens, Math.ceil(cjk / 2)) : tokens;
  return {
    words,
    chars: text.length,
    sentenceEnd: end >= 0 && TERMINAL.has(text[end]),
    sentences,
    startsLower: startsLower === true,
    capitalised: tokens ? caps / tokens : 0,
    digits: text.length ? digits / text.length : 0,
  };
}
