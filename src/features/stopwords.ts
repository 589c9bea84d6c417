import stopwordsIso from 'stopwords-iso';

const cache = new Map<string, ReadonlySet<string>>();

/** The broad stopword set of a language (stopwords-iso), or null when it has none. */
export function stopwordSet(lang: string | undefined): ReadonlySet<string> | null {
  if (!lang) return null;
  let set = cache.get(lang);
  if (!set) {
    const list = (stopwordsIso as Record<string, string[] | undefined>)[lang];
    if (!list) return null;
    set = new Set(list.map((w) => w.toLowerCase()));
    cache.set(lang, set);
  }
  return set;
}

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC]/u;
const UNSPACED_CHARACTER = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC]$/u;

/**
 * The normal form's words, with Han and kana read as runs again. The normal form makes each such
 * character a word (so phrases match inside unspaced text), but the stopword share is a feature of
 * running text, measured over the runs a reader sees: a share of single characters in a list of
 * particles would make every Japanese line read as function words.
 */
function shareWords(text: string): string[] {
  const words = text.split(' ');
  if (!UNSPACED.test(text)) return words;
  const runs: string[] = [];
  let afterUnspaced = false;
  for (const w of words) {
    const unspaced = w.length <= 2 && UNSPACED_CHARACTER.test(w);
    if (runs.length && (unspaced || afterUnspaced)) runs[runs.length - 1] += w;
    else runs.push(w);
    afterUnspaced = unspaced;
  }
  return runs;
}

/** Share of the words of a normal-form string that are stopwords. */
export function stopwordShare(normalised: string, set: ReadonlySet<string> | null): number {
  if (!set) return 0;
  const text = normalised.trim();
  return text ? stopwordShareOfWords(shareWords(text), set) : 0;
}

/** The same, for the words of a normal form already split. */
export function stopwordShareOfWords(words: readonly string[], set: ReadonlySet<string> | null): number {
  if (!set || !words.length) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n / words.length;
}
