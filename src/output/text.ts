import type { Block } from '../segment/block.js';
import { escapeHtml } from './sanitise.js';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Whether a kept block goes on the line of the kept block before it: a sign-off the rules left with its text. */
function sameLine(blocks: readonly Block[], removed: readonly boolean[], i: number): boolean {
  return blocks[i].signOff === true && i > 0 && !removed[i - 1];
}

/** Kept blocks as plain text, one blank line between blocks. */
export function blocksToText(blocks: readonly Block[], removed: readonly boolean[]): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (removed[i]) return;
    if (sameLine(blocks, removed, i)) out[out.length - 1] += ` ${b.text}`;
    else out.push(b.text);
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
    if (removed[i]) return;
    const text = escapeHtml(b.text.replace(CONTROL, ''));
    if (sameLine(blocks, removed, i)) out[out.length - 1] = `${out[out.length - 1].slice(0, -'</p>'.length)} ${text}</p>`;
    else out.push(`<p>${text}</p>`);
  });
  return out.join('\n');
}
