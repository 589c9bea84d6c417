import type { Removed } from '../types.js';
import type { Segment } from '../output/segments.js';
import { escapeHtml } from './escape.js';
import { kindClass } from './palette.js';

const HEADING = /^h[1-6]$/;

/** What a hover shows: kind, rule and reason on separate lines. */
export function removalTitle(r: Removed): string {
  return `${r.kind} · ${r.ruleId}\n${r.reason}`;
}

/** The anchor of the n-th removed segment, shared by the document view and the summary table. */
export function removedAnchor(n: number): string {
  return `removed-${n + 1}`;
}

function element(segment: Segment): string {
  if (HEADING.test(segment.tag)) return segment.tag;
  return segment.heading ? 'h3' : 'p';
}

/**
 * The document as the cleaner saw it, one element per block in order, removed blocks highlighted in
 * place with their kind as a badge and kind, rule and reason in the title.
 */
export function documentView(segments: readonly Segment[]): string {
  let removedCount = 0;
  const parts = segments.map((segment) => {
    const tag = element(segment);
    const classes = [segment.tag === 'li' ? 'item' : '', segment.tag === 'region' ? 'region' : ''];
    const r = segment.removed;
    if (!r) return `<${tag}${classAttr(classes)}>${escapeHtml(segment.text)}</${tag}>`;
    const id = removedAnchor(removedCount++);
    classes.push('removed', kindClass(r.kind));
    return `<${tag} id="${id}"${classAttr(classes)} data-kind="${escapeHtml(r.kind)}" data-rule="${escapeHtml(r.ruleId)}" title="${escapeHtml(removalTitle(r))}">` +
      `<span class="badge">${escapeHtml(r.kind)}</span>${escapeHtml(segment.text)}</${tag}>`;
  });
  return parts.length ? parts.join('\n') : '<p class="empty">The document has no text.</p>';
}

function classAttr(classes: readonly string[]): string {
  const list = classes.filter(Boolean).join(' ');
  return list ? ` class="${list}"` : '';
}
