import { FUNCTION_WORDS, SCRIPT_LANGUAGES } from '../phrases/function-words.js';
import { KeyTable } from './key-table.js';

/** The guess reads at most this many characters of the text. */
export const SAMPLE_CHARS = 6000;
const LETTER = /\p{L}/gu;
// Letters of scripts that name a language by themselves; none in the sample skips the script tests.
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;
// Plain code-unit ranges holding every such letter (a test holds them to that): a scan for them
// runs several times faster than the \p{} one, and news text in Latin script (curly quotes and
// dashes included) has none, so the \p{} scan runs only on text that may hold one.
export const MAYBE_NON_LATIN_UNITS = '\\u00b5\\u02b9-\\u02ee\\u0370-\\u1fff\\u2070-\\uffff';
const MAYBE_NON_LATIN_LETTER = new RegExp(`[${MAYBE_NON_LATIN_UNITS}]`);
const WORD = /[\p{L}]+/gu;
const SCRIPTS = SCRIPT_LANGUAGES.map(({ lang, script }) => ({ lang, script: new RegExp(script.source, 'gu') }));

const LANGUAGES = Object.keys(FUNCTION_WORDS);

/** A function word: the languages it belongs to (indices into LANGUAGES) and the share each gets. */
interface FunctionWord {
  langs: number[];
  weight: number;
}

interface WordIndex {
  byWord: Map<string, FunctionWord>;
  /** The function words of letters a-z only, keyed by asciiKey(): ASCII text is read without building strings. */
  byAsciiKey: KeyTable<FunctionWord>;
}

let wordIndex: WordIndex | null = null;
/** Longer words are no function word: they skip the lookup (and the hashing it costs). */
const LONGEST_FUNCTION_WORD = Math.max(...Object.values(FUNCTION_WORDS).flat().map((w) => w.length));
const ASCII_FUNCTION_WORD = /^[a-z]+$/;
/** Five bits per letter a-z (1-26) keep a word of up to six letters a small integer. */
const ASCII_KEY_LETTERS = 6;

function asciiKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + (word.charCodeAt(i) - 96);
  return key;
}

function index(): WordIndex {
  if (!wordIndex) {
    const byWord = new Map<string, FunctionWord>();
    LANGUAGES.forEach((lang, l) => {
      for (const w of FUNCTION_WORDS[lang]) {
        const entry = byWord.get(w) ?? { langs: [], weight: 0 };
        entry.langs.push(l);
        entry.weight = 1 / entry.langs.length;
        byWord.set(w, entry);
      }
    });
    const ascii: [number, FunctionWord][] = [];
    for (const [w, entry] of byWord) {
      if (!ASCII_FUNCTION_WORD.test(w)) continue;
      if (w.length > ASCII_KEY_LETTERS) throw new Error(`function word "${w}" is too long for an ASCII key`);
      ascii.push([asciiKey(w), entry]);
    }
    const byAsciiKey = new KeyTable(ascii);
    wordIndex = { byWord, byAsciiKey };
  }
  return wordIndex;
}

// Per code unit beyond ASCII, whether it is a letter: 1 yes, 2 no, 0 not yet tested. Memoised
// \p{L} tests, as in shape.ts: text in one script repeats a few dozen letters.
const WIDE_LETTER = new Uint8Array(0x10000);
const SINGLE_LETTER = /\p{L}/u;
const SURROGATE = /[\ud800-\udfff]/;

function isWideLetter(code: number): boolean {
  let known = WIDE_LETTER[code];
  if (known === 0) {
    known = SINGLE_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    WIDE_LETTER[code] = known;
  }
  return known === 1;
}

/**
 * The function words of a sample without surrogates (every letter one code unit), in order: its words are its runs of letters, as `lower.match(/\p{L}+/gu)` finds
 * them. A run of a-z alone is read into an asciiKey() as it goes; another is sliced out only when
 * it is short enough to be a function word, where the match would make a string of every word.
 */
function bmpFunctionWords(lower: string, { byWord, byAsciiKey }: WordIndex, visit: (fw: FunctionWord) => void): void {
  let key = 0;
  let length = 0;
  let ascii = true;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (length < ASCII_KEY_LETTERS) key = key * 32 + (c - 96);
      length++;
      continue;
    }
    if (c >= 128 && isWideLetter(c)) {
      ascii = false;
      length++;
      continue;
    }
    if (length > 0 && length <= LONGEST_FUNCTION_WORD) {
      // ASCII function words have at most ASCII_KEY_LETTERS letters (index() holds them to that).
      const fw = ascii ? (length <= ASCII_KEY_LETTERS ? byAsciiKey.get(key) : undefined) : byWord.get(lower.slice(i - length, i));
      if (fw) visit(fw);
    }
    key = 0;
    length = 0;
    ascii = true;
  }
}

/**
 * Guesses a text's language: a script that names a language by itself wins when it holds a fifth
 * of the letters; otherwise the language whose function words occur most. Returns undefined when
 * the evidence is thin (fewer than three function words).
 */
export function guessLanguage(text: string): string | undefined {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // Letters are counted only for the script test: a sample of Latin letters alone (the usual
  // case) skips it, and one with no letters at all finds no function words below either.
  if (MAYBE_NON_LATIN_LETTER.test(sample) && NON_LATIN_LETTER.test(sample)) {
    const letters = sample.match(LETTER)!.length;
    for (const { lang, script } of SCRIPTS) {
      const n = sample.match(script)?.length ?? 0;
      if (n / letters > 0.2) return lang;
    }
  }
  const lower = sample.toLowerCase();
  // Scores per language, and the order languages first scored in: ties go to the earliest.
  const scores = new Float64Array(LANGUAGES.length);
  const order: number[] = [];
  const tally = (fw: FunctionWord): void => {
    for (const l of fw.langs) {
      if (!scores[l]) order.push(l);
      scores[l] += fw.weight;
    }
  };
  const words = index();
  if (!SURROGATE.test(lower)) {
    bmpFunctionWords(lower, words, tally);
  } else {
    for (const w of lower.match(WORD) ?? []) {
      if (w.length > LONGEST_FUNCTION_WORD) continue;
      const fw = words.byWord.get(w);
      if (fw) tally(fw);
    }
  }
  let best: string | undefined;
  let bestScore = 2.5;
  for (const l of order) {
    if (scores[l] > bestScore) {
      best = LANGUAGES[l];
      bestScore = scores[l];
    }
  }
  return best;
}
