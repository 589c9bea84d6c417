/**
 * Scrapers that join blocks with no separator glue the end of one block to the start of the next:
 * `agenciesSocial media is bold.`. A join is repaired only where a lowercase word of three letters
 * or more runs straight into a capitalised word, or sentence punctuation runs into one, so
 * camel-cased names keep their shape: `McDonald`, `LaGuardia` and `YouTube` start with a capital,
 * `iPhone` and `eBay` with a single lowercase letter.
 */

// A word that starts lowercase, then a capital followed by a lowercase letter, inside one token;
// not inside hashtags, handles, paths or URLs (`#socialMedia`, `/someThing`).
const WORD_JOIN = /(?<![\p{L}\p{N}#@_/\\.=&?-])(\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu;
// A sentence end followed directly by a capitalised word: `said.Then`; `U.S.Army` has one-letter parts.
const SENTENCE_JOIN = /(?<=\p{Ll}{2}[.!?…]["'”’»)]?)(?=\p{Lu}\p{Ll})/gu;

// Cheap tests first: nearly every line has no lowercase-uppercase or punctuation-capital contact.
const MAYBE_WORD_JOIN = /\p{Ll}\p{Lu}/u;
const MAYBE_SENTENCE_JOIN = /[.!?…]["'”’»)]?\p{Lu}/u;

/** Offsets (into `text`) where a glued join should be cut, ascending. */
export function gluedJoins(text: string): number[] {
  const word = MAYBE_WORD_JOIN.test(text);
  const sentence = MAYBE_SENTENCE_JOIN.test(text);
  if (!word && !sentence) return [];
  const cuts = new Set<number>();
  if (word) for (const m of text.matchAll(WORD_JOIN)) cuts.add(m.index! + m[1].length);
  if (sentence) for (const m of text.matchAll(SENTENCE_JOIN)) cuts.add(m.index!);
  return [...cuts].sort((a, b) => a - b);
}
