// White space and control characters (NUL padding from fixed-size buffers, stray escape codes)
// at a line's edges are not part of its text. Tested per character: a `\s+$` regex would take
// quadratic time on a line with long inner runs of spaces.
// eslint-disable-next-line no-control-regex
const EDGE_CHAR = /[\s\u0000-\u0008\u000E-\u001F\u007F]/;

/** A line of text input with its place in the input. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into non-empty lines with UTF-16 offsets. Every line terminator Unicode makes a
 * mandatory break is one: `\n`, `\r\n`, `\r`, and also vertical tab, form feed, NEL (U+0085) and the
 * line and paragraph separators (U+2028, U+2029), which text converted from word processors, old
 * mainframe files or JSON strings carries; a reader sees a new line there, so a block ends there.
 * Blank lines only separate; a block is one line. Offsets exclude surrounding spaces and control characters.
 */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n\v\f\r\u0085\u2028\u2029]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    const raw = m[0];
    let from = 0;
    let to = raw.length;
    while (from < to && EDGE_CHAR.test(raw[from])) from++;
    while (to > from && EDGE_CHAR.test(raw[to - 1])) to--;
    if (from === to) continue;
    lines.push({ text: raw.slice(from, to), start: m.index + from, end: m.index + to });
  }
  return lines;
}
