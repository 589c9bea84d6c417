/**
 * Scrapers that join blocks with no separator glue the end of one block to the start of the next:
 * `agenciesSocial media is bold.`. A join is repaired only where a lowercase word of three letters
 * or more runs straight into a capitalised word, or sentence punctuation runs into one, so
 * camel-cased names keep their shape: `McDonald`, `LaGuardia` and `YouTube` start with a capital,
 * `iPhone` and `eBay` with a single lowercase letter. A wire sign-off closing a text after its last
 * sentence ("said. -- BERNAMA", "said. (Reuters)") is cut off too, see SIGN_OFF_JOIN.
 */

// A word that starts lowercase, then a capital followed by a lowercase letter, inside one token;
// not inside hashtags, handles, paths or URLs (`#socialMedia`, `/someThing`). It matches the empty
// string where the cut goes, and tests the capital first: that fails at once at most positions,
// where a test of the word's start first runs at every one.
const WORD_JOIN = /(?=\p{Lu}\p{Ll})(?<=(?<![\p{L}\p{N}#@_/\\.=&?-])\p{Ll}{3,})/gu;
// A sentence end followed directly by a capitalised word: `said.Then`; `U.S.Army` has one-letter parts.
const SENTENCE_JOIN = /(?<=\p{Ll}{2}[.!?…]["'”’»)]?)(?=\p{Lu}\p{Ll})/gu;

// Cheap tests first: nearly every line has no lowercase-uppercase or punctuation-capital contact.
const MAYBE_SENTENCE_JOIN = /[.!?…]["'”’»)]?\p{Lu}/u;

// A wire service's sign-off set at the end of the last paragraph, after the sentence it closes: the
// scraper (or the desk) glued two blocks with a space: "… the ministry said. -- BERNAMA", "… said on
// Monday. (Reuters)", "… (dpa/AFP)". Dashes before capitals, or one to three capitalised names in
// brackets, closing the text, are the sign; the rules then judge the cut piece like any line, so a
// bracketed aside the rules do not know ("(Applause)") stays, as a block of its own.
// A name in brackets is capitalised ("Reuters", "AFP") or a short lowercase agency ("dpa", "red").
const BRACKET_NAME = '(?:\\p{Lu}[\\p{L}-]*|\\p{Ll}{2,5})';
const SIGN_OFF_JOIN = new RegExp(
  `(?<=\\p{Ll}{2}[.!?…]["'”’»]?)\\s+(?=(?:-{1,2}|[–—])\\s*\\p{Lu}{2,}(?:[ /]\\p{Lu}{2,}){0,2}\\s*$|\\(\\s*${BRACKET_NAME}(?:\\s*/\\s*${BRACKET_NAME}){0,2}\\s*\\)\\s*$)`,
  'u',
);
/** A sign-off is short: its test reads only the end of the text, not every position of a long paragraph. */
const SIGN_OFF_CHARS = 60;

/**
 * Whether `text` may close with a sign-off: it ends in a bracket or a capital and holds a bracket or a
 * dash. Neither test reads white space, so the answer is the same before and after it is collapsed.
 */
function maySignOff(text: string): boolean {
  return /[)\p{Lu}]$/u.test(text.trimEnd().slice(-2)) && /[(\-–—]/.test(text);
}

/** Offset in `text` (white space collapsed) where a sign-off closing it is cut off, at the space before it; or -1. */
export function signOffJoin(text: string): number {
  if (!maySignOff(text)) return -1;
  const end = text.trimEnd();
  const from = Math.max(0, end.length - SIGN_OFF_CHARS);
  const m = SIGN_OFF_JOIN.exec(end.slice(from));
  return m ? from + m.index : -1;
}

// For the word join, a test of plain UTF-16 ranges (hundreds of MB/s, where a \p{} scan runs at a
// few tens): three code units that may belong to lowercase letters, one that may start an uppercase
// letter, one more that may follow it. LOWER_UNITS and UPPER_UNITS hold every lowercase (Ll) and
// uppercase (Lu) letter of the BMP and the surrogates of astral ones (a test holds them to that);
// they leave out the punctuation (curly quotes, dashes) that sits next to capitals in any text.
export const LOWER_UNITS = 'a-z\u00b5-\u0588\u10d0-\u13fd\u1c80-\u1ff7\u210a-\u2184\u2c30-\u2d2d\ua641-\ua7fa\uab30-\uabbf\ufb00-\ufb17\uff41-\uff5a\ud800-\udfff';
export const UPPER_UNITS = 'A-Z\u00c0-\u0556\u10a0-\u13f5\u1c89-\u1cbf\u1e00-\u1ffb\u2102-\u2183\u2c00-\u2cf2\ua640-\ua7f5\uff21-\uff3a\ud800-\udbff';
// Written to open with the capital, the rarer character: the scan fails at the first test on
// most characters, where three lowercase ones first would be read at every position in a word.
const MAYBE_WORD_JOIN = new RegExp(`[${UPPER_UNITS}](?<=[${LOWER_UNITS}]{3}[${UPPER_UNITS}])[${LOWER_UNITS}]`);

/**
 * False when `text` has no glued join for sure. The tests read only runs of letters and marks, never
 * white space, so they answer the same for a text before and after its white space is collapsed.
 */
export function mayHaveGluedJoin(text: string): boolean {
  return MAYBE_WORD_JOIN.test(text) || MAYBE_SENTENCE_JOIN.test(text) || maySignOff(text);
}

/** Offsets (into `text`) where a glued join should be cut, ascending. */
export function gluedJoins(text: string): number[] {
  const word = MAYBE_WORD_JOIN.test(text);
  const sentence = MAYBE_SENTENCE_JOIN.test(text);
  const signOff = signOffJoin(text);
  if (!word && !sentence && signOff < 0) return [];
  const cuts = new Set<number>();
  if (word) for (const m of text.matchAll(WORD_JOIN)) cuts.add(m.index!);
  if (sentence) for (const m of text.matchAll(SENTENCE_JOIN)) cuts.add(m.index!);
  if (signOff >= 0) cuts.add(signOff);
  return [...cuts].sort((a, b) => a - b);
}
