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
 * Blank lines only separate; a block is one line. Offsets exclude surrounding spaces.
 */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n\v\f\r\u0085\u2028\u2029]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    lines.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return lines;
}
