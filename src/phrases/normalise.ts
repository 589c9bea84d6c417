/**
 * The one normal form that phrase patterns and block texts share, so a pattern written once matches
 * every spelling a reader would accept: any case, any punctuation, with or without Latin accents,
 * with invisible characters and Cyrillic look-alike letters removed from Latin words; Arabic without
 * its optional marks and with one form of its interchangeable letters; native digits as ASCII ones;
 * and runs of Han and kana read one character to a word.
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
const SIMPLE_UNITS = '\\x20-\\x7e\\u00a0\\u00a9\\u00ab\\u00bb\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u2022\\u2026';
const NOT_SIMPLE = new RegExp(`[^${SIMPLE_UNITS}]`, 'g');
const SIMPLE_WORD = /[a-z0-9]+/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/**
 * Characters other than SIMPLE ones that lie this close (in code units) share one full-path
 * piece: each piece costs a few calls, and text in a language full of them (Polish, Russian)
 * stays about one piece.
 */
const NEAR = 24;

function simpleWords(text: string): string[] {
  return text.toLowerCase().match(SIMPLE_WORD) ?? [];
}

// Scripts with steps of their own (see scriptWords): Arabic letters, marks and digits, Persian
// digits, Devanagari digits, and the Han, Hiragana and Katakana of unspaced text. Code units, so
// Han beyond the BMP is found by its high surrogate. Latin text holds none of them.
const HAS_SCRIPT_STEP = /[\u0600-\u06FF\u0966-\u096F\u3005-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uD840-\uD8BF]/;
// Tatweel (a stretching stroke) and the Arabic vowel, hamza and Quranic marks: optional in writing.
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;
// Letter forms writers use for one another: alef with hamza or madda for alef, alef maksura and
// Persian yeh for yeh, Persian keheh for kaf.
const ARABIC_FOLD = /[\u0622\u0623\u0625\u0671\u0649\u06CC\u06A9]/g;
const ARABIC_FOLDED: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627', '\u0649': '\u064A', '\u06CC': '\u064A', '\u06A9': '\u0643',
};
// Arabic-Indic, Persian and Devanagari digits, read as ASCII digits so `#` matches them.
const NATIVE_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g;
// Han and kana are written without spaces: each character (with its marks) is a word of its own,
// so the words of a pattern match anywhere inside a run, character by character.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC]/u;
const UNSPACED_PIECES = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC]\p{M}*|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC]+/gu;

function nativeDigit(ch: string): string {
  const c = ch.charCodeAt(0);
  return String.fromCharCode(48 + (c >= 0x0966 ? c - 0x0966 : c >= 0x06f0 ? c - 0x06f0 : c - 0x0660));
}

/** Words after the steps of their scripts; a word left without characters (a lone mark) is dropped. */
function scriptWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let word of words) {
    if (!HAS_SCRIPT_STEP.test(word)) {
      out.push(word);
      continue;
    }
    word = word.replace(ARABIC_MARKS, '').replace(ARABIC_FOLD, (ch) => ARABIC_FOLDED[ch]).replace(NATIVE_DIGIT, nativeDigit);
    if (UNSPACED.test(word)) pushAll(out, word.match(UNSPACED_PIECES) ?? []);
    else if (word) out.push(word);
  }
  return out;
}

function fullWords(text: string): string[] {
  const plain = text.replace(INVISIBLE, '').normalize('NFKD').toLowerCase().replace(LATIN_MARKS, '').normalize('NFC');
  const words = plain.match(WORD) ?? [];
  const fixed = HAS_LOOKALIKE.test(plain) ? words.map(fixLookalikes) : words;
  return HAS_SCRIPT_STEP.test(plain) ? scriptWords(fixed) : fixed;
}

function pushAll(out: string[], words: readonly string[]): void {
  for (let i = 0; i < words.length; i++) out.push(words[i]);
}

/** The first space at or after `i`, else the end of `text`. */
function spaceFrom(text: string, i: number): number {
  const at = text.indexOf(' ', i);
  return at < 0 ? text.length : at;
}

/**
 * A time of day written with an `h` between hours and minutes (`10h15`, `9h`; French, Portuguese,
 * Spanish), read as the numbers around an `h`, as `10 h 15` is: a reader takes both for one time,
 * and a pattern's `#` reads the hours and the minutes only as words of their own.
 */
const CLOCK_WORD = /^(\d{1,2})h(\d{2})?$/;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

function splitClocks(words: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const c = w.charCodeAt(0);
    const m = c >= DIGIT_0 && c <= DIGIT_9 && w.length <= 5 ? CLOCK_WORD.exec(w) : null;
    if (!m) {
      out?.push(w);
      continue;
    }
    out ??= words.slice(0, i);
    out.push(m[1], 'h');
    if (m[2]) out.push(m[2]);
  }
  return out ?? words;
}

/**
 * The words of the normal form, lowercased, in order: what normaliseForMatch() joins. Callers
 * that read the words (stopwords, the phrase matcher) take them here rather than split the string.
 */
export function normalisedWords(text: string): string[] {
  return splitClocks(wordsOf(text));
}

function wordsOf(text: string): string[] {
  // No accents, invisible characters or look-alikes: most blocks take this path.
  NOT_SIMPLE.lastIndex = 0;
  let m = NOT_SIMPLE.exec(text);
  if (!m) return simpleWords(text);
  // A space is left alone by every step of the full path (it neither decomposes, nor composes
  // with a mark, nor lets a final sigma or a Latin mark see past it, nor joins words), so the
  // text may be cut at spaces and each piece read on its own. Only the pieces holding other
  // characters than SIMPLE ones need the full path, which is several times slower per character.
  const words: string[] = [];
  let done = 0;
  while (m) {
    // `done` is 0 or a space, so the piece starts after it.
    const from = text.lastIndexOf(' ', m.index) + 1;
    let to = spaceFrom(text, m.index);
    for (;;) {
      NOT_SIMPLE.lastIndex = to;
      m = NOT_SIMPLE.exec(text);
      if (!m || m.index - to > NEAR) break;
      to = spaceFrom(text, m.index);
    }
    if (from > done) pushAll(words, simpleWords(text.slice(done, from)));
    pushAll(words, fullWords(text.slice(from, to)));
    done = to;
  }
  if (done < text.length) pushAll(words, simpleWords(text.slice(done)));
  return words;
}

/**
 * The first `n` words of normalisedWords(text), read from as short a start of the text as holds
 * them: cut at a space, the start's words are the first words of the whole (see above).
 */
export function leadingWords(text: string, n: number): string[] {
  for (let length = 64; ; length *= 4) {
    const cut = length >= text.length ? text.length : spaceFrom(text, length);
    const words = normalisedWords(cut === text.length ? text : text.slice(0, cut));
    if (words.length >= n || cut === text.length) return words.length > n ? words.slice(0, n) : words;
  }
}

/** Words as the normal form: single spaces between, one at both ends (` like this `). */
export function joinNormalForm(words: readonly string[]): string {
  return words.length ? ` ${words.join(' ')} ` : ' ';
}

/** Lowercased words separated by single spaces, with a space at both ends (` like this `). */
export function normaliseForMatch(text: string): string {
  return joinNormalForm(normalisedWords(text));
}
