/** What every matcher returns: the shape vitest's and jest's `expect.extend` both accept. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** Long blocks are cut in messages: the rule and line say where to look. */
const MAX_SHOWN = 100;

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_SHOWN ? flat : flat.slice(0, MAX_SHOWN - 1) + '…';
}

/** Rows of cells as aligned, indented lines. */
export function alignedRows(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c].length))) ?? [];
  return rows.map((r) => '  ' + r.map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c]) : cell)).join('  ')).join('\n');
}
