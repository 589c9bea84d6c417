import type { ArticleKind } from '../types.js';
import type { Block } from '../segment/block.js';
import type { PhraseHit, PhraseMatcher } from '../phrases/matcher.js';
import { joinNormalForm, normalisedWords } from '../phrases/normalise.js';
import type { Features } from './features.js';
import { textShape } from './shape.js';
import { stopwordSet, stopwordShare } from './stopwords.js';

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

/**
 * A block's features. No built-in rule reads the stopword share, and a lookup per word of every
 * block is a good part of the cost of reading one: it is worked out when a (custom) rule first
 * asks, from the normal form. The rest are plain fields, set once.
 */
class BlockFeatures implements Features {
  readonly #stopwordSet: ReadonlySet<string> | null;
  #stopwordShare: number | undefined = undefined;

  constructor(
    readonly words: number,
    readonly chars: number,
    readonly sentenceEnd: boolean,
    readonly sentences: number,
    readonly startsLower: boolean,
    readonly capitalised: number,
    readonly digits: number,
    readonly normalised: string,
    readonly opening: string,
    readonly hits: ReadonlyMap<ArticleKind, PhraseHit>,
    readonly linkDensity: number,
    stopwordSet: ReadonlySet<string> | null,
  ) {
    this.#stopwordSet = stopwordSet;
  }

  get stopwords(): number {
    return (this.#stopwordShare ??= stopwordShare(this.normalised, this.#stopwordSet));
  }
}

function blockFeatures(block: Block, matcher: PhraseMatcher, stopwords: ReadonlySet<string> | null, lang: string | undefined): Features {
  const text = block.text;
  const shape = textShape(text);
  // The words once, for the opening and the phrase matcher.
  const words = normalisedWords(text);
  return new BlockFeatures(
    shape.words,
    shape.chars,
    shape.sentenceEnd,
    shape.sentences,
    shape.startsLower,
    shape.capitalised,
    shape.digits,
    joinNormalForm(words),
    words.length >= 2 ? `${words[0]} ${words[1]}` : words.length ? words[0] : '',
    shape.words <= PHRASE_MAX_WORDS ? phraseHits(words, matcher, lang) : NO_HITS,
    linkDensity(block),
    stopwords,
  );
}

/** Another block's features for a block of the same text: all but its own link density. */
function sameText(f: Features, block: Block, stopwords: ReadonlySet<string> | null): Features {
  return new BlockFeatures(f.words, f.chars, f.sentenceEnd, f.sentences, f.startsLower, f.capitalised, f.digits, f.normalised, f.opening, f.hits, linkDensity(block), stopwords);
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
      out[i] = sameText(seen, block, stopwords);
    } else {
      out[i] = blockFeatures(block, matcher, stopwords, phraseLang);
      byText.set(block.text, out[i]);
    }
  }
  return out;
}
