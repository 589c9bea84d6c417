/** A line of text input with its place in the input. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits text into non-empty lines with UTF-16 offsets, treating `\n`, `\r\n` and `\r` alike.
 * Blank lines only separate; a block is one line. Offsets exclude surrounding spaces.
 */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
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
