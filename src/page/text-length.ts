/**
 * The length a text node's data has once its white space is collapsed and trimmed
 * (`data.replace(/\s+/g, ' ').trim().length`), counted without building that string: the page
 * walk (text-stats.ts) needs the count for every text node of the page, the string for none.
 */

/** JavaScript's `\s` (what `trim()` removes too), for a code unit or point: ASCII white space, U+00A0, the Unicode spaces. */
export function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function collapsedLength(data: string): number {
  let chars = 0;
  let gap = false; // white space after text: one character, if more text follows
  for (let i = 0; i < data.length; i++) {
    if (isSpace(data.charCodeAt(i))) {
      if (chars) gap = true;
    } else {
      if (gap) { chars++; gap = false; }
      chars++;
    }
  }
  return chars;
}
