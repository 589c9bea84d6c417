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

function phraseHits(words: readonly string[], matcher: PhraseMatcher): ReadonlyMap<ArticleKind, PhraseHit> {
  const hits = matcher.matchWords(words);
  return hits.size ? hits : NO_HITS;
}

type TextFeatures = Omit<Features, 'linkDensity'>;

function textFeatures(text: string, matcher: PhraseMatcher, stopwords: ReadonlySet<string> | null): TextFeatures {
  const shape = textShape(text);
  // The words once, for the stopword share, the opening and the phrase matcher.
  const words = normalisedWords(text);
  const normalised = joinNormalForm(words);
  return {
    words: shape.words,
    chars: shape.chars,
    sentenceEnd: shape.sentenceEnd,
    sentences: shape.sentences,
    startsLower: shape.startsLower,
    capitalised: shape.capitalised,
    digits: shape.digits,
    stopwords: stopwordShareOfWords(words, stopwords),
    normalised,
    opening: words.length >= 2 ? `${words[0]} ${words[1]}` : words.length ? words[0] : '',
    hits: shape.words <= PHRASE_MAX_WORDS ? phraseHits(words, matcher) : NO_HITS,
  };
}

export function computeFeatures(blocks: readonly Block[], matcher: PhraseMatcher, lang: string | undefined): Features[] {
  const stopwords = stopwordSet(lang);
  // Everything but link density depends on the text alone: a line repeated through a document
  // (a share bar, a counter, hostile input) is measured once.
  const byText = new Map<string, TextFeatures>();
  const out: Features[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    let t = byText.get(block.text);
    if (!t) {
      t = textFeatures(block.text, matcher, stopwords);
      byText.set(block.text, t);
    }
    // Fields written out rather than spread: spreading into a literal is the slow, generic copy,
    // and this runs on every block. Same fields, same order as TextFeatures plus linkDensity.
    out[i] = {
      words: t.words,
      chars: t.chars,
      sentenceEnd: t.sentenceEnd,
      sentences: t.sentences,
      startsLower: t.startsLower,
      capitalised: t.capitalised,
      digits: t.digits,
      stopwords: t.stopwords,
      normalised: t.normalised,
      opening: t.opening,
      hits: t.hits,
      linkDensity: t.chars ? Math.min(1, block.linkChars / t.chars) : 0,
    };
  }
  return out;
}
