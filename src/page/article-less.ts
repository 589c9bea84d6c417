/**
 * Languages whose grammar has no article words: Slavic, Baltic and Finnic languages, Turkish,
 * Persian, Indonesian and Malay (Bulgarian and Macedonian attach the article to the noun, so it is
 * no word of its own). Articles are the commonest function words of the other European languages,
 * so prose in these languages runs a lower share of stopwords: a paragraph of Polish news prose
 * sits where a German one would read as a list of names.
 */
const ARTICLE_LESS: ReadonlySet<string> = new Set([
  'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'ru', 'uk', 'be', 'bg', 'mk',
  'lt', 'lv', 'fi', 'et', 'tr', 'fa', 'id', 'ms',
]);

/** Stopword share at which a block starts to read as prose at all (quality 0). */
const FLOOR = 0.15;
/** The same for languages without article words: their prose lacks that share of function words. */
const ARTICLE_LESS_FLOOR = 0.1;

export function stopwordFloor(lang: string | undefined): number {
  return lang !== undefined && ARTICLE_LESS.has(lang) ? ARTICLE_LESS_FLOOR : FLOOR;
}
