import type { Removed } from '../types.js';
import { removedAnchor } from './document-view.js';
import { escapeHtml } from './escape.js';
import { kindClass } from './palette.js';

/** Long blocks (a whole navigation) are cut in the table; the document view shows them whole. */
const MAX_TEXT = 160;

function cut(text: string): string {
  return text.length <= MAX_TEXT ? text : text.slice(0, MAX_TEXT - 1) + '…';
}

/** Every removed block as a table row: kind, rule, reason and text, linked to its place above. */
export function summaryTable(removed: readonly Removed[]): string {
  if (!removed.length) return '<p class="empty">Nothing would be removed.</p>';
  const rows = removed.map((r, n) =>
    `<tr><td><a href="#${removedAnchor(n)}">${n + 1}</a></td>` +
    `<td><span class="badge ${kindClass(r.kind)}">${escapeHtml(r.kind)}</span></td>` +
    `<td><code>${escapeHtml(r.ruleId)}</code></td><td>${escapeHtml(r.reason)}</td>` +
    `<td class="text">${escapeHtml(cut(r.text))}</td></tr>`);
  return `<table class="summary"><thead><tr><th>#</th><th>kind</th><th>rule</th><th>reason</th><th>text</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
