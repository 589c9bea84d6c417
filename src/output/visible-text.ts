import { BLOCK_TAGS } from '../segment/html-tags.js';

/**
 * The characters of an HTML source a reader could see, each mapped back to its offset in the source:
 * tags, comments, doctypes and the content of raw-text elements are left out, and the common
 * character references are decoded, so block text (which comes from the DOM) can be found in it.
 */
export interface VisibleText {
  /** Visible characters, markup removed, references decoded. */
  readonly text: string;
  /** Offset in the source of the first code unit behind each character of `text`. */
  readonly at: Uint32Array;
  /** The source offset just after the character at `index` of `text` (a reference ends at its `;`). */
  endOf(index: number): number;
}

// Raw text and escapable raw text: their content is not markup and not visible article text.
const RAW_TEXT = /^(script|style|textarea|title|template|iframe|xmp|noembed|noframes)$/i;
// HTML 4's Latin-1 names, code points 160-255 in order: the accented letters European news is written with.
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const OTHER_NAMED: Readonly<Record<string, number>> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217,
  sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, bull: 8226, hellip: 8230, lsaquo: 8249, rsaquo: 8250,
  euro: 8364, trade: 8482,
};
const NAMED: ReadonlyMap<string, string> = new Map([
  ...LATIN1_NAMES.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(160 + i)]),
  ...Object.entries(OTHER_NAMED).map(([name, code]): [string, string] => [name, String.fromCharCode(code)]),
]);
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/;

/** Where a tag that opens at `lt` ends (just after its `>`), honouring quoted attribute values. */
function tagEnd(source: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return source.length;
}

/** The decoded character of a reference at `i`, and its length in the source; null when it is not one. */
function reference(source: string, i: number): [string, number] | null {
  const m = REFERENCE.exec(source.slice(i, i + 40));
  if (!m) return null;
  if (m[3] !== undefined) {
    const named = NAMED.get(m[3]);
    return named === undefined ? null : [named, m[0].length];
  }
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
  if (code === 0 || code > 0x10ffff) return null;
  return [String.fromCodePoint(code), m[0].length];
}

export function visibleText(source: string): VisibleText {
  const at = new Uint32Array(source.length);
  const refEnds = new Map<number, number>();
  let text = '';
  let n = 0;
  let i = 0;
  const push = (chars: string, from: number): void => {
    for (let k = 0; k < chars.length; k++) at[n++] = from;
    text += chars;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '<') {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        i = close < 0 ? source.length : close + 3;
        continue;
      }
      const name = /^<\/?([a-zA-Z][^\s/>]*)/.exec(source.slice(i, i + 40));
      if (name || source[i + 1] === '!' || source[i + 1] === '?') {
        const end = tagEnd(source, i);
        if (name && source[i + 1] !== '/' && RAW_TEXT.test(name[1])) {
          // Case-insensitive search rather than a lowered copy: lowering can change string length.
          const closing = new RegExp(`</${name[1]}(?![^\\s/>])`, 'gi');
          closing.lastIndex = end;
          const close = closing.exec(source)?.index ?? -1;
          i = close < 0 ? source.length : tagEnd(source, close);
        } else {
          // Block elements and line breaks end a word: text on either side belongs to different blocks.
          if (name && (BLOCK_TAGS.has(name[1].toLowerCase()) || /^br$/i.test(name[1]))) push('\n', i);
          i = end;
        }
        continue;
      }
    }
    if (c === '&') {
      const ref = reference(source, i);
      if (ref) {
        refEnds.set(n + ref[0].length - 1, i + ref[1]);
        push(ref[0], i);
        i += ref[1];
        continue;
      }
    }
    // Plain text up to the next markup or reference, copied in one piece.
    let j = i + 1;
    while (j < source.length && source[j] !== '<' && source[j] !== '&') j++;
    for (let k = i; k < j; k++) at[n + k - i] = k;
    n += j - i;
    text += source.slice(i, j);
    i = j;
  }
  return {
    text,
    at: at.subarray(0, n),
    endOf: (index) => refEnds.get(index) ?? at[index] + 1,
  };
}
