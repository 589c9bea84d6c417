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

/** Share of the words of a normal-form string that are stopwords. */
export function stopwordShare(normalised: string, set: ReadonlySet<string> | null): number {
  if (!set) return 0;
  const text = normalised.trim();
  return text ? stopwordShareOfWords(text.split(' '), set) : 0;
}

/** The same, for the words of a normal form already split. */
export function stopwordShareOfWords(words: readonly string[], set: ReadonlySet<string> | null): number {
  if (!set || !words.length) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n / words.length;
}
