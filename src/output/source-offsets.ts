import { visibleText, type VisibleText } from './visible-text.js';

const WORD = /[\p{L}\p{N}]+/gu;
const NOT_WORD = '[^\\p{L}\\p{N}]*?';
// A word edge, or a glued join ("agenciesSocial") that segmentation cut into two blocks.
const STARTS = '(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))';
const ENDS = '(?:(?![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))';
/** Longer blocks (a whole navigation's text) are located by their first and last words only. */
const MAX_EXACT_WORDS = 400;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The block's words one after another with only non-word characters between: [start, end) in visible text. */
function exactRun(visible: VisibleText, words: readonly string[], cursor: number): [number, number] | null {
  if (words.length > MAX_EXACT_WORDS) return null;
  const re = new RegExp(`${STARTS}${words.map(escapeRegex).join(NOT_WORD)}${ENDS}`, 'gu');
  re.lastIndex = cursor;
  const m = re.exec(visible.text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * The block's words in order with anything between: for blocks whose DOM text skips something the
 * source shows (a hidden span, an unknown entity). Ends at the last word that could be found.
 */
function looseRun(visible: VisibleText, words: readonly string[], cursor: number): [number, number] | null {
  const first = new RegExp(`${STARTS}${escapeRegex(words[0])}`, 'gu');
  first.lastIndex = cursor;
  const m = first.exec(visible.text);
  if (!m) return null;
  let end = m.index + words[0].length;
  for (let w = 1; w < words.length; w++) {
    const i = visible.text.indexOf(words[w], end);
    if (i < 0) break;
    end = i + words[w].length;
  }
  return [m.index, end];
}

/**
 * Where each block's text lies in the HTML source it came from, scanning forward once in document
 * order. Pass every block, kept ones too: the scan then steps over kept text that happens to start
 * like a removed block. Words are matched in the source's visible text (tags, comments and scripts skipped,
 * character references decoded), so a word inside an attribute or a longer word never matches.
 * Returns source offsets from the block's first word to the end of its last; [-1, -1] when not found.
 */
export function sourceOffsets(source: string, texts: readonly string[]): [number, number][] {
  const visible = visibleText(source);
  let cursor = 0;
  return texts.map((text) => {
    const words = text.match(WORD);
    if (!words) return [-1, -1];
    const run = exactRun(visible, words, cursor) ?? looseRun(visible, words, cursor);
    if (!run) return [-1, -1];
    cursor = run[1];
    return [visible.at[run[0]], visible.endOf(run[1] - 1)];
  });
}
