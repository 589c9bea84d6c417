import type { Line } from '../parse/lines.js';
import type { Block } from './block.js';
import { gluedJoins } from './glued-joins.js';

function block(index: number, text: string, start: number, glued: boolean): Block {
  return { index, text, start, end: start + text.length, tag: 'line', heading: false, listItem: false, linkChars: 0, hints: '', ...(glued ? { glued } : {}) };
}

/** One block per line, lines cut where a scraper glued two blocks together. */
export function textBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const text = line.text.replace(/[^\S\uFEFF]+/g, ' ') /* not U+FEFF: invisible inside a word */;
    // Offsets stay exact only when collapsing spaces changed nothing; otherwise keep the line whole.
    const cuts = text === line.text ? gluedJoins(text) : [];
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      const piece = text.slice(from, cut);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) blocks.push(block(blocks.length, trimmed, line.start + from + lead, cuts.length > 0));
      from = cut;
    }
  }
  return blocks;
}
