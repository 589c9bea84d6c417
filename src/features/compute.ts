import type { ArticleKind } from '../types.js';
import type { Block } from '../segment/block.js';
import type { PhraseHit, PhraseMatcher } from '../phrases/matcher.js';
import { normaliseForMatch } from '../phrases/normalise.js';
import type { Features } from './features.js';
import { textShape } from './shape.js';
import { stopwordSet, stopwordShare } from './stopwords.js';

/** Phrases are looked for only in blocks this short: boilerplate is short, and it bounds the cost. */
export const PHRASE_MAX_WORDS = 60;
const OPENING = /^ ([^ ]+ [^ ]+) /;
const NO_HITS: ReadonlyMap<ArticleKind, PhraseHit> = new Map();

function phraseHits(normalised: string, matcher: PhraseMatcher): ReadonlyMap<ArticleKind, PhraseHit> {
  const hits = matcher.matchAll(normalised);
  return hits.size ? hits : NO_HITS;
}

type TextFeatures = Omit<Features, 'linkDensity'>;

export function computeFeatures(blocks: readonly Block[], matcher: PhraseMatcher, lang: string | undefined): Features[] {
  const stopwords = stopwordSet(lang);
  // Everything but link density depends on the text alone: a line repeated through a document
  // (a share bar, a counter, hostile input) is measured once.
  const byText = new Map<string, TextFeatures>();
  return blocks.map((block) => {
    let t = byText.get(block.text);
    if (!t) {
      const shape = textShape(block.text);
      const normalised = normaliseForMatch(block.text);
      t = {
        ...shape,
        stopwords: stopwordShare(normalised, stopwords),
        normalised,
        opening: OPENING.exec(normalised)?.[1] ?? normalised.trim(),
        hits: shape.words <= PHRASE_MAX_WORDS ? phraseHits(normalised, matcher) : NO_HITS,
      };
      byText.set(block.text, t);
    }
    return { ...t, linkDensity: t.chars ? Math.min(1, block.linkChars / t.chars) : 0 };
  });
}
