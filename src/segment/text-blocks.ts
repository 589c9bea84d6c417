import type { Line } from '../parse/lines.js';
import type { Block } from './block.js';
import { gluedJoins, signOffJoin } from './glued-joins.js';

// White space runs collapse to one space; not U+FEFF, invisible inside a word. Most lines have
// nothing to collapse (single spaces only), and skipping the replace spares a copy of each line.
const SPACE_RUN = /[^\S\uFEFF]+/g;
const COLLAPSIBLE = /[^\S \uFEFF]| {2}/;

function block(index: number, text: string, start: number, glued: boolean): Block {
  const b: Block = { index, text, start, end: start + text.length, tag: 'line', heading: false, listItem: false, linkChars: 0, hints: '' };
  if (glued) b.glued = true;
  return b;
}

/** One block per line, lines cut where a scraper glued two blocks together. */
export function textBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const text = COLLAPSIBLE.test(line.text) ? line.text.replace(SPACE_RUN, ' ') : line.text;
    // Offsets stay exact only when collapsing spaces changed nothing; otherwise keep the line whole.
    const cuts = text === line.text ? gluedJoins(text) : [];
    if (!cuts.length && text.trim() === text) {
      // The usual line: one block, the whole line (no pieces to slice and trim).
      blocks.push(block(blocks.length, text, line.start, false));
      continue;
    }
    const signOff = cuts.length ? signOffJoin(text) : -1;
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      const piece = text.slice(from, cut);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) {
        const b = block(blocks.length, trimmed, line.start + from + lead, cuts.length > 0);
        if (from === signOff) b.signOff = true;
        blocks.push(b);
      }
      from = cut;
    }
  }
  return blocks;
}
