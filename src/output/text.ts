import type { Block } from '../segment/block.js';
import { escapeHtml } from './sanitise.js';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Kept blocks as plain text, one blank line between blocks. */
export function blocksToText(blocks: readonly Block[], removed: readonly boolean[]): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (!removed[i]) out.push(b.text);
  });
  return out.join('\n\n');
}

/**
 * Kept text blocks as HTML paragraphs. Safe by construction: the only markup is `<p>`, every
 * character of the text is escaped, and characters no HTML may carry (NUL, other C0 controls but
 * tab and newline) are dropped, so it needs no sanitiser pass.
 */
export function blocksToParagraphs(blocks: readonly Block[], removed: readonly boolean[]): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (!removed[i]) out.push(`<p>${escapeHtml(b.text.replace(CONTROL, ''))}</p>`);
  });
  return out.join('\n');
}
