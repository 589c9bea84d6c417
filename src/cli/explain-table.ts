import type { Removed } from '../types.js';

const TEXT_WIDTH = 60;

function cut(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1) + '…';
}

/** The removed blocks as an aligned plain-text table: kind, rule, text. */
export function explainTable(removed: readonly Removed[]): string {
  if (!removed.length) return 'Nothing was removed.';
  const rows = removed.map((r) => [r.kind, r.ruleId, cut(r.text.replace(/\s+/g, ' '), TEXT_WIDTH)]);
  const head = ['kind', 'rule', 'text'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < cells.length - 1 ? cell.padEnd(widths[c]) : cell)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
