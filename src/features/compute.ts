import type { ArticleKind } from '../types.js';
import type { Block } from '../segment/block.js';
import type { PhraseHit, PhraseMatcher } from '../phrases/matcher.js';
import { joinNormalForm, leadingWords, normalisedWords } from '../phrases/normalise.js';
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

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC]/u;
const FIRST_RUNS = /^\s*(\S+)(?:\s+(\S+))?/u;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The first two words of the normal form. Han and kana are read a character to a word there
 * (normalise.ts), so two lines sharing two characters ("2024年3月 …", "2024年5月 …", "AI赋能…")
 * would share an opening; where those scripts begin the block, its opening is its first two runs
 * between white space instead, as written (letters and digits, lowercased), as a reader sees them.
 */
function openingOf(words: readonly string[], text: string): string {
  if (words.length < 2) return words.length ? words[0] : '';
  if ((words[0].charCodeAt(0) >= 0x3005 && UNSPACED.test(words[0])) || (words[1].charCodeAt(0) >= 0x3005 && UNSPACED.test(words[1]))) {
    const m = FIRST_RUNS.exec(text)!;
    return [m[1], m[2] ?? ''].map((run) => run.replace(NOT_WORD, '').toLowerCase()).filter(Boolean).join(' ');
  }
  return `${words[0]} ${words[1]}`;
}

function linkDensity(block: Block): number {
  return block.text.length ? Math.min(1, block.linkChars / block.text.length) : 0;
}

/**
 * A text's normal form, built when first read. Its words are known already for a block short
 * enough for the phrase matcher; a longer block's are read only if a rule asks for the normal
 * form (the built-in ones read it of short blocks), which spares most of the text the work.
 */
class NormalForm {
  #joined: string | undefined = undefined;
  #words: readonly string[] | null;

  constructor(
    private readonly text: string,
    words: readonly string[] | null,
  ) {
    this.#words = words;
  }

  get joined(): string {
    if (this.#joined === undefined) {
      this.#joined = joinNormalForm(this.#words ?? normalisedWords(this.text));
      this.#words = null;
    }
    return this.#joined;
  }
}

/**
 * A block's features. No built-in rule reads the stopword share, and a lookup per word of every
 * block is a good part of the cost of reading one: it is worked out when a (custom) rule first
 * asks, from the normal form. The rest are plain fields, set once, but for the normal form.
 */
class BlockFeatures implements Features {
  readonly #stopwordSet: ReadonlySet<string> | null;
  #stopwordShare: number | undefined = undefined;
  readonly #form: NormalForm;

  constructor(
    readonly words: number,
    readonly chars: number,
    readonly sentenceEnd: boolean,
    readonly sentences: number,
    readonly startsLower: boolean,
    readonly capitalised: number,
    readonly digits: number,
    form: NormalForm,
    readonly opening: string,
    readonly hits: ReadonlyMap<ArticleKind, PhraseHit>,
    readonly linkDensity: number,
    stopwordSet: ReadonlySet<string> | null,
  ) {
    this.#form = form;
    this.#stopwordSet = stopwordSet;
  }

  get normalised(): string {
    return this.#form.joined;
  }

  /** These features for another block of the same text: all but its own link density. */
  forSameText(block: Block, stopwordSet: ReadonlySet<string> | null): BlockFeatures {
    return new BlockFeatures(this.words, this.chars, this.sentenceEnd, this.sentences, this.startsLower, this.capitalised, this.digits, this.#form, this.opening, this.hits, linkDensity(block), stopwordSet);
  }

  get stopwords(): number {
    return (this.#stopwordShare ??= stopwordShare(this.normalised, this.#stopwordSet));
  }
}

function blockFeatures(block: Block, matcher: PhraseMatcher, stopwords: ReadonlySet<string> | null, lang: string | undefined): BlockFeatures {
  const text = block.text;
  const shape = textShape(text);
  // The words once, for the opening and the phrase matcher; a block too long for the matcher
  // needs only its opening.
  const matched = shape.words <= PHRASE_MAX_WORDS;
  const words = matched ? normalisedWords(text) : leadingWords(text, 2);
  return new BlockFeatures(
    shape.words,
    shape.chars,
    shape.sentenceEnd,
    shape.sentences,
    shape.startsLower,
    shape.capitalised,
    shape.digits,
    new NormalForm(text, matched ? words : null),
    openingOf(words, text),
    matched ? phraseHits(words, matcher, lang) : NO_HITS,
    linkDensity(block),
    stopwords,
  );
}

export function computeFeatures(blocks: readonly Block[], matcher: PhraseMatcher, lang: string | undefined): Features[] {
  const stopwords = stopwordSet(lang);
  // Phrase data is filed under base language codes ("en", not "en-GB").
  const phraseLang = lang?.toLowerCase().split(/[-_]/)[0] || undefined;
  // Everything but link density depends on the text alone: a line repeated through a document
  // (a share bar, a counter, hostile input) is measured once.
  const byText = new Map<string, BlockFeatures>();
  const out: Features[] = new Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const seen = byText.get(block.text);
    if (seen) {
      out[i] = seen.forSameText(block, stopwords);
    } else {
      const f = blockFeatures(block, matcher, stopwords, phraseLang);
      out[i] = f;
      byText.set(block.text, f);
    }
  }
  return out;
}
