/**
 * How much a block of text looks like article prose. A block is the inline text of one block
 * element (a paragraph, a list item, a table cell, a div holding text directly). The verdict is a
 * signed weight in characters: positive for prose, negative for link lists and chrome, near zero
 * for short text that proves nothing either way (jusText's "short" class, judged by context later).
 */
import { stopwordFloor } from './article-less.js';
import type { PageLanguage } from './language.js';

export interface BlockText {
  chars: number;
  linkChars: number;
  words: number;
  stopwords: number;
  /** Sentence and clause punctuation: . , ; : ! ? and their CJK forms. */
  punctuation: number;
  /** Share of the block's 4-word shingles found in a JSON-LD articleBody, when there is one. */
  evidence?: number;
}

export interface BlockVerdict {
  /** Signed weight: + prose, - boilerplate. */
  value: number;
  /** Counted as a paragraph of prose. */
  prose: boolean;
}

const SHORT = 30;

export function judgeBlock(b: BlockText, language: PageLanguage): BlockVerdict {
  const { chars } = b;
  if (chars === 0) return { value: 0, prose: false };
  const linkDensity = b.linkChars / chars;
  if (b.evidence !== undefined && b.evidence >= 0.5 && linkDensity < 0.5) {
    return { value: chars * 1.5, prose: true };
  }
  if (linkDensity > 0.5) return { value: -chars * linkDensity, prose: false };
  if (chars < SHORT) return { value: -(chars - b.linkChars) * 0.1 - b.linkChars, prose: false };

  let quality: number; // 0 .. 1
  if (language.unspaced || !language.stopwords) {
    // No word spaces or no stopword list: sentences are recognised by their punctuation.
    const perHundred = (b.punctuation * 100) / chars;
    quality = language.unspaced ? Math.min(1, perHundred / 3) : Math.min(1, perHundred / 2.5);
  } else {
    const density = b.words ? b.stopwords / b.words : 0;
    // Prose in most languages runs above 0.35 with these long lists; name lists and titles well below.
    quality = Math.max(0, Math.min(1, (density - stopwordFloor(language.lang)) / 0.25));
    if (b.punctuation === 0 && chars < 120) quality *= 0.5;
  }
  const long = Math.min(1, chars / 150);
  const plain = chars - b.linkChars;
  // Plain text that is not prose (dates, names, captions, list items) costs little: articles have
  // plenty of it. Link text is what marks navigation and teasers, and it costs in full.
  const q = quality * (0.5 + 0.5 * long);
  const value = (q >= 0.5 ? plain * (2 * q - 1) : plain * (q - 0.5) * 0.4) - b.linkChars;
  return { value, prose: quality >= 0.5 && chars >= 60 };
}
