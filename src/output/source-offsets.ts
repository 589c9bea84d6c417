import { visibleText, type VisibleText } from './visible-text.js';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** Occurrences of the first word tried as the start of the whole block before falling back. */
const MAX_CANDIDATES = 64;

// Matching is done by hand with indexOf and single-character tests: a regex per block (its words
// joined by Unicode classes) took over a millisecond to compile, which made long pages take minutes.

/** A glued join ("agenciesSocial") that segmentation cut into two blocks counts as a word edge. */
function gluedJoin(before: string, after: string): boolean {
  return LOWER.test(before) && UPPER.test(after);
}

function startsWord(text: string, i: number): boolean {
  return i === 0 || !WORD_CHAR.test(text[i - 1]) || gluedJoin(text[i - 1], text[i]);
}

function endsWord(text: string, i: number): boolean {
  return i >= text.length || !WORD_CHAR.test(text[i]) || gluedJoin(text[i - 1], text[i]);
}

/** The next place at or after `from` where `word` starts a word, or -1. */
function nextWordStart(text: string, word: string, from: number): number {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) if (startsWord(text, i)) return i;
  return -1;
}

/** Where the block ends when its words follow one another from `at` with only non-word characters between; -1 if they do not. */
function wordsEndAt(text: string, words: readonly string[], at: number): number {
  let pos = at;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) while (pos < text.length && !WORD_CHAR.test(text[pos])) pos++;
    if (!text.startsWith(words[k], pos)) return -1;
    pos += words[k].length;
  }
  return endsWord(text, pos) ? pos : -1;
}

/**
 * The block's words in order with anything between, for blocks whose DOM text skips something the
 * source shows (a hidden span, an unknown reference). Each next word is looked for near the last
 * one; the run ends at the last word found.
 */
function looseEnd(text: string, words: readonly string[], start: number, window: number): number {
  let end = start + words[0].length;
  for (let w = 1; w < words.length; w++) {
    const i = text.indexOf(words[w], end);
    if (i < 0 || i - end > window) break;
    end = i + words[w].length;
  }
  return end;
}

/** [start, end) of the block in visible text from `cursor` on, or null when its first word is not there. */
function locate(visible: VisibleText, words: readonly string[], cursor: number, textLength: number): [number, number] | null {
  const text = visible.text;
  const firstAt = nextWordStart(text, words[0], cursor);
  if (firstAt < 0) return null;
  let at = firstAt;
  for (let tries = 0; tries < MAX_CANDIDATES && at >= 0; tries++) {
    const end = wordsEndAt(text, words, at);
    if (end >= 0) return [at, end];
    at = nextWordStart(text, words[0], at + 1);
  }
  return [firstAt, looseEnd(text, words, firstAt, 2 * textLength + 200)];
}

/**
 * Where each block's text lies in the HTML source it came from, scanning forward once in document
 * order. Pass every block, kept ones too: the scan then steps over kept text that happens to start
 * like a removed block. Words are matched in the source's visible text (tags, comments and scripts
 * skipped, character references decoded), so a word inside an attribute or a longer word never
 * matches. Returns source offsets from the block's first word to the end of its last; [-1, -1]
 * when its first word cannot be found.
 */
export function sourceOffsets(source: string, texts: readonly string[]): [number, number][] {
  const visible = visibleText(source);
  let cursor = 0;
  return texts.map((text) => {
    const words = text.match(WORD);
    if (!words) return [-1, -1];
    const run = locate(visible, words, cursor, text.length);
    if (!run) return [-1, -1];
    cursor = run[1];
    return [visible.at[run[0]], visible.endOf(run[1] - 1)];
  });
}
