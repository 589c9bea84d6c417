/**
 * Which language the page is written in, and its stopwords. Stopword density is what tells prose
 * ("the council said that it would...") from lists of names and links ("Sports Politics Weather"),
 * so it must be measured against the right language: the declared one when the text agrees with it,
 * otherwise the language whose stopwords the text uses most.
 */
import stopwordsIso from 'stopwords-iso';
import { isSpace } from './text-length.js';

const ALL = stopwordsIso as unknown as Record<string, readonly string[]>;
const cache = new Map<string, ReadonlySet<string>>();

export const WORD = /[\p{L}\p{N}]+/gu;
/** WORD for ASCII-only text, where letters and digits are a-z and 0-9: the same words, found faster. */
const ASCII_WORD = /[a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
/** The words of lowercased text, as `lower.match(WORD)` has them. */
export function lowerWords(lower: string): RegExpMatchArray | null {
  return lower.match(NON_ASCII.test(lower) ? WORD : ASCII_WORD);
}
/** Scripts written without spaces between words: word counts and stopwords do not apply. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Detection candidates: languages with spaced scripts and useful lists. Checking all 58 would
// cost time and let tiny lists of one-letter words win on noise.
const DETECTABLE = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'cs', 'sk', 'sv', 'da', 'no', 'fi', 'hu', 'ro', 'tr', 'id', 'hr', 'sl', 'bg', 'el', 'ca', 'vi', 'ko', 'ar', 'fa', 'he', 'hi', 'lt', 'lv', 'et'];

export function stopwordsFor(lang: string): ReadonlySet<string> | undefined {
  const key = lang.toLowerCase().split(/[-_]/)[0];
  let set = cache.get(key);
  if (!set) {
    const list = ALL[key];
    if (!list) return undefined;
    set = new Set(list.map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}

let detectionIndex: Map<string, number[]> | undefined;

/** Stopword hits per detectable language, in one pass over the words (an index built once). */
function detectionCounts(words: readonly string[]): Int32Array {
  if (!detectionIndex) {
    detectionIndex = new Map();
    DETECTABLE.forEach((code, k) => {
      for (const w of stopwordsFor(code) ?? []) {
        const list = detectionIndex!.get(w);
        if (list) list.push(k); else detectionIndex!.set(w, [k]);
      }
    });
  }
  const counts = new Int32Array(DETECTABLE.length);
  for (const w of words) {
    const list = detectionIndex.get(w);
    if (list) for (const k of list) counts[k]++;
  }
  return counts;
}

function hitRate(words: readonly string[], set: ReadonlySet<string>): number {
  let hits = 0;
  for (const w of words) if (set.has(w)) hits++;
  return words.length ? hits / words.length : 0;
}

/** The declared language is kept when its stopwords cover this share of the best candidate's. */
const TRUST_SHARE = 0.8;

export interface PageLanguage {
  /** ISO 639-1 code, when known. */
  lang?: string;
  stopwords?: ReadonlySet<string>;
  /** The sample is mostly in a script without word spaces (Chinese, Japanese, Thai...). */
  unspaced: boolean;
}

/**
 * @param declared `options.lang` or `<html lang>`.
 * @param sample a few hundred words of the page's paragraph text.
 */
export function resolveLanguage(declared: string | undefined, sample: string): PageLanguage {
  let unspacedChars = 0;
  let letters = 0;
  // Code point by code point (a surrogate pair is one), as `for...of` reads a string.
  const head = sample.slice(0, 4000);
  for (let i = 0; i < head.length; i++) {
    let cp = head.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < head.length) {
      const low = head.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) { cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000; i++; }
    }
    if (isSpace(cp)) continue;
    letters++;
    // No script written without spaces has a letter below Thai (U+0E00): most text needs no test.
    if (cp >= 0x0e00 && UNSPACED_SCRIPT.test(String.fromCodePoint(cp))) unspacedChars++;
  }
  const unspaced = letters > 0 && unspacedChars / letters > 0.3;
  const declaredKey = declared?.toLowerCase().split(/[-_]/)[0] || undefined;
  if (unspaced) return { lang: declaredKey, unspaced, stopwords: undefined };
  const words = (lowerWords(sample.toLowerCase()) ?? []).slice(0, 600);
  const declaredSet = declaredKey ? stopwordsFor(declaredKey) : undefined;
  if (declaredSet && words.length < 30) return { lang: declaredKey, stopwords: declaredSet, unspaced };
  // Templates often keep `lang="en"` on pages written in another language, and a long stopword
  // list (English has over a thousand entries) matches a fair share of any Latin-script text.
  // So the declared language must do nearly as well as the best candidate to be trusted.
  const counts = detectionCounts(words);
  let best: string | undefined;
  let bestRate = 0;
  for (let k = 0; k < DETECTABLE.length; k++) {
    const rate = counts[k] / words.length;
    if (rate > bestRate) { bestRate = rate; best = DETECTABLE[k]; }
  }
  const at = declaredKey ? DETECTABLE.indexOf(declaredKey) : -1;
  const declaredRate = !declaredSet ? 0 : at >= 0 ? counts[at] / words.length : hitRate(words, declaredSet);
  if (declaredSet && declaredRate >= Math.max(0.2, bestRate * TRUST_SHARE)) {
    return { lang: declaredKey, stopwords: declaredSet, unspaced };
  }
  if (best && bestRate >= 0.15) return { lang: best, stopwords: stopwordsFor(best), unspaced };
  return { lang: declaredKey, stopwords: declaredSet, unspaced };
}
