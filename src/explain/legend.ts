import type { Kind, Removed } from '../types.js';
import { escapeHtml } from './escape.js';
import { kindClass } from './palette.js';

/** The colours of the kinds this report uses, with how many blocks each removed, in first-seen order. */
export function legend(removed: readonly Removed[]): string {
  const counts = new Map<Kind, number>();
  for (const r of removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  if (!counts.size) return '';
  const items = [...counts].map(([kind, n]) => `<li class="${kindClass(kind)}">${escapeHtml(kind)} (${n})</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}
