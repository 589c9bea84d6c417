/**
 * The one normal form that phrase patterns and block texts share, so a pattern written once matches
 * every spelling a reader would accept: any case, any punctuation, with or without Latin accents,
 * with invisible characters and Cyrillic look-alike letters removed from Latin words.
 */

// Soft hyphen, zero-width space/joiners, direction marks, word joiner, BOM, and control characters
// other than line breaks and tabs (a NUL inside a word): invisible to a reader.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const LATIN_MARKS = /(?<=[a-z])\p{M}+/gu;
const HAS_LATIN = /[a-z]/;
const HAS_LOOKALIKE = /[\u0400-\u04FF\u0370-\u03FF]/;

// Cyrillic and Greek letters drawn like Latin ones; used only inside words that also hold Latin letters.
export const LOOKALIKES: Readonly<Record<string, string>> = {
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
  'т': 't', 'у': 'y', 'х': 'x', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ɡ': 'g', 'һ': 'h',
  'ԛ': 'q', 'ԝ': 'w', 'α': 'a', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
  'υ': 'u', 'χ': 'x',
};

function fixLookalikes(word: string): string {
  if (!HAS_LATIN.test(word) || !HAS_LOOKALIKE.test(word)) return word;
  let out = '';
  for (const ch of word) out += LOOKALIKES[ch] ?? ch;
  return out;
}

// Printable ASCII, plus the punctuation news text is full of (no-break space, curly quotes,
// guillemets, dashes, ellipsis, bullet, ©): none is a letter, digit or mark, nor decomposes into
// one, so the full path below would only turn them into word breaks too. Control characters are
// invisible and take the full path.
const SIMPLE = /^[\x20-\x7e\u00a0\u00a9\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;
const SIMPLE_WORD = /[a-z0-9]+/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words of the normal form, lowercased, in order: what normaliseForMatch() joins. Callers
 * that read the words (stopwords, the phrase matcher) take them here rather than split the string.
 */
export function normalisedWords(text: string): string[] {
  // No accents, invisible characters or look-alikes: most blocks take this path.
  if (SIMPLE.test(text)) return text.toLowerCase().match(SIMPLE_WORD) ?? [];
  const plain = text.replace(INVISIBLE, '').normalize('NFKD').toLowerCase().replace(LATIN_MARKS, '').normalize('NFC');
  const words = plain.match(WORD) ?? [];
  return HAS_LOOKALIKE.test(plain) ? words.map(fixLookalikes) : words;
}

/** Words as the normal form: single spaces between, one at both ends (` like this `). */
export function joinNormalForm(words: readonly string[]): string {
  return words.length ? ` ${words.join(' ')} ` : ' ';
}

/** Lowercased words separated by single spaces, with a space at both ends (` like this `). */
export function normaliseForMatch(text: string): string {
  return joinNormalForm(normalisedWords(text));
}
