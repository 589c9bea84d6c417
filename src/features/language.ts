import { FUNCTION_WORDS, SCRIPT_LANGUAGES } from '../phrases/function-words.js';

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
// Likewise for any letter beyond ASCII: without one, ASCII letter runs are all the words.
const MAYBE_NON_ASCII_LETTER = /[\u00aa-\u1fff\u2070-\uffff]/;
const WORD = /[\p{L}]+/gu;
const ASCII_WORD = /[a-z]+/g;
const SCRIPTS = SCRIPT_LANGUAGES.map(({ lang, script }) => ({ lang, script: new RegExp(script.source, 'gu') }));

const LANGUAGES = Object.keys(FUNCTION_WORDS);

/** A function word: the languages it belongs to (indices into LANGUAGES) and the share each gets. */
interface FunctionWord {
  langs: number[];
  weight: number;
}

let wordIndex: Map<string, FunctionWord> | null = null;
/** Longer words are no function word: they skip the lookup (and the hashing it costs). */
const LONGEST_FUNCTION_WORD = Math.max(...Object.values(FUNCTION_WORDS).flat().map((w) => w.length));

function index(): Map<string, FunctionWord> {
  if (!wordIndex) {
    wordIndex = new Map();
    LANGUAGES.forEach((lang, l) => {
      for (const w of FUNCTION_WORDS[lang]) {
        const entry = wordIndex!.get(w) ?? { langs: [], weight: 0 };
        entry.langs.push(l);
        entry.weight = 1 / entry.langs.length;
        wordIndex!.set(w, entry);
      }
    });
  }
  return wordIndex;
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
  const words = lower.match(MAYBE_NON_ASCII_LETTER.test(lower) ? WORD : ASCII_WORD) ?? [];
  // Scores per language, and the order languages first scored in: ties go to the earliest.
  const scores = new Float64Array(LANGUAGES.length);
  const order: number[] = [];
  const idx = index();
  for (const w of words) {
    if (w.length > LONGEST_FUNCTION_WORD) continue;
    const fw = idx.get(w);
    if (!fw) continue;
    for (const l of fw.langs) {
      if (!scores[l]) order.push(l);
      scores[l] += fw.weight;
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
