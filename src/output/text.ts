import type { Block } from '../segment/block.js';
import { escapeHtml } from './sanitise.js';

/** Kept blocks as plain text, one blank line between blocks. */
export function blocksToText(blocks: readonly Block[], removed: readonly boolean[]): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (!removed[i]) out.push(b.text);
  });
  return out.join('\n\n');
}

/** Kept text blocks as HTML paragraphs (text input has no markup of its own). */
export function blocksToParagraphs(blocks: readonly Block[], removed: readonly boolean[]): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (!removed[i]) out.push(`<p>${escapeHtml(b.text)}</p>`);
  });
  return out.join('\n');
}
