import { FUNCTION_WORDS, SCRIPT_LANGUAGES } from '../phrases/function-words.js';

/** The guess reads at most this many characters of the text. */
export const SAMPLE_CHARS = 6000;
const LETTER = /\p{L}/gu;
// Letters of scripts that name a language by themselves; none in the sample skips the script tests.
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;
const SCRIPTS = SCRIPT_LANGUAGES.map(({ lang, script }) => ({ lang, script: new RegExp(script.source, 'gu') }));

let wordIndex: Map<string, string[]> | null = null;

function index(): Map<string, string[]> {
  if (!wordIndex) {
    wordIndex = new Map();
    for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
      for (const w of words) {
        const langs = wordIndex.get(w) ?? [];
        langs.push(lang);
        wordIndex.set(w, langs);
      }
    }
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
  if (NON_LATIN_LETTER.test(sample)) {
    const letters = sample.match(LETTER)!.length;
    for (const { lang, script } of SCRIPTS) {
      const n = sample.match(script)?.length ?? 0;
      if (n / letters > 0.2) return lang;
    }
  }
  const counts = new Map<string, number>();
  const words = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const idx = index();
  for (const w of words) {
    const langs = idx.get(w);
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1 / langs.length);
  }
  let best: string | undefined;
  let bestScore = 2.5;
  for (const [lang, score] of counts) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
