import type { ArticleKind } from '../types.js';
import type { Block } from '../segment/block.js';
import type { PhraseHit, PhraseMatcher } from '../phrases/matcher.js';
import { joinNormalForm, normalisedWords } from '../phrases/normalise.js';
import type { Features } from './features.js';
import { textShape } from './shape.js';
import { stopwordSet, stopwordShareOfWords } from './stopwords.js';

/** Phrases are looked for only in blocks this short: boilerplate is short, and it bounds the cost. */
export const PHRASE_MAX_WORDS = 60;
const NO_HITS: ReadonlyMap<ArticleKind, PhraseHit> = new Map();

function phraseHits(words: readonly string[], matcher: PhraseMatcher, lang: string | undefined): ReadonlyMap<ArticleKind, PhraseHit> {
  const hits = matcher.matchWords(words, lang);
  return hits.size ? hits : NO_HITS;
}

function linkDensity(block: Block): number {
  return block.text.length ? Math.min(1, block.linkChars / block.text.length) : 0;
}

function blockFeatures(block: Block, matcher: PhraseMatcher, stopwords: ReadonlySet<string> | null, lang: string | undefined): Features {
  const text = block.text;
  const shape = textShape(text);
  // The words once, for the stopword share, the opening and the phrase matcher.
  const words = normalisedWords(text);
  return {
    words: shape.words,
    chars: shape.chars,
    sentenceEnd: shape.sentenceEnd,
    sentences: shape.sentences,
    startsLower: shape.startsLower,
    capitalised: shape.capitalised,
    digits: shape.digits,
    stopwords: stopwordShareOfWords(words, stopwords),
    normalised: joinNormalForm(words),
    opening: words.length >= 2 ? `${words[0]} ${words[1]}` : words.length ? words[0] : '',
    hits: shape.words <= PHRASE_MAX_WORDS ? phraseHits(words, matcher, lang) : NO_HITS,
    linkDensity: linkDensity(block),
  };
}

/** Another block's features for a block of the same text: all but its own link density. */
function sameText(f: Features, block: Block): Features {
  // Fields written out rather than spread: spreading into a literal is the slow, generic copy.
  return {
    words: f.words,
    chars: f.chars,
    sentenceEnd: f.sentenceEnd,
    sentences: f.sentences,
    startsLower: f.startsLower,
    capitalised: f.capitalised,
    digits: f.digits,
    stopwords: f.stopwords,
    normalised: f.normalised,
    opening: f.opening,
    hits: f.hits,
    linkDensity: linkDensity(block),
  };
}

export function computeFeatures(blocks: readonly Block[], matcher: PhraseMatcher, lang: string | undefined): Features[] {
  const stopwords = stopwordSet(lang);
  // Phrase data is filed under base language codes ("en", not "en-GB").
  const phraseLang = lang?.toLowerCase().split(/[-_]/)[0] || undefined;
  // Everything but link density depends on the text alone: a line repeated through a document
  // (a share bar, a counter, hostile input) is measured once.
  const byText = new Map<string, Features>();
  const out: Features[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const seen = byText.get(block.text);
    if (seen) {
      out[i] = sameText(seen, block);
    } else {
      out[i] = blockFeatures(block, matcher, stopwords, phraseLang);
      byText.set(block.text, out[i]);
    }
  }
  return out;
}
