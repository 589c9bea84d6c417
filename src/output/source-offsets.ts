const WORD = /[\p{L}\p{N}]+/gu;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where each block's text lies in the HTML source it came from, scanning forward once: the block's
 * first word after the previous block, then its last word. Markup and entities sit between words,
 * so words are found, not the whole text. [-1, -1] when a word cannot be found (an entity inside it).
 */
export function sourceOffsets(source: string, texts: readonly string[]): [number, number][] {
  let cursor = 0;
  return texts.map((text) => {
    const words = text.match(WORD);
    if (!words) return [-1, -1];
    const first = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(words[0])}`, 'gu');
    first.lastIndex = cursor;
    const m = first.exec(source);
    if (!m) return [-1, -1];
    const start = m.index;
    let end = start + words[0].length;
    if (words.length > 1) {
      // The last word of the block: the first occurrence after the previous words, searched in order.
      let at = end;
      for (let w = 1; w < words.length; w++) {
        const i = source.indexOf(words[w], at);
        if (i < 0) break;
        at = i + words[w].length;
      }
      end = at;
    }
    cursor = end;
    return [start, end];
  });
}
