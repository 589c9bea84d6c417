/**
 * What a line of a visible-text dump tells without markup: its length, how much of it is the
 * language's stopwords (prose is dense in them, menus and headlines are not), punctuation, letter
 * case, digits, and how often the same text recurs on the page. Computed once per line, linear.
 */
import type { Block } from '../../segment/block.js';
import { textShape } from '../../features/shape.js';
import { stopwordShare } from '../../features/stopwords.js';
import { normaliseForMatch } from '../../phrases/normalise.js';

export interface LineFeatures {
  chars: number;
  /** Length in Latin-script characters: a CJK character says as much as about three. */
  size: number;
  words: number;
  /** Share of words that are stopwords of the page's language (0 when unknown). */
  stopwords: number;
  /** Ends like a sentence. */
  sentenceEnd: boolean;
  /** Sentence marks inside the line. */
  sentences: number;
  /** Share of words that start with a capital letter. */
  capitalised: number;
  /** Share of characters that are digits. */
  digits: number;
  /** Commas, semicolons and colons inside the line: clauses, which prose has and labels lack. */
  clauses: number;
  /** Menu and breadcrumb separators (`|`, `»`, `›`, `•`, `·`, `/` between words). */
  separators: number;
  /** Starts with a lowercase letter. */
  startsLower: boolean;
  /** How many lines of the page have the same normal form. */
  repeats: number;
  /** The line in the matching normal form (` words like this `). */
  normalised: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const CJK_WEIGHT = 3;
const CLAUSE = /[,;:،，；：]/g;
const SEPARATOR = /[|»›•·▸►>]|\s\/\s/g;
/** Guillemets: quotation marks when both directions occur in the line (`« … »`, `» … «`), breadcrumb separators otherwise. */
const GUILLEMETS = /[«»]/g;
const SINGLE_GUILLEMETS = /[‹›]/g;

/** Menu and breadcrumb separators, not counting guillemets used as quotation marks. */
function separators(text: string): number {
  let n = text.match(SEPARATOR)?.length ?? 0;
  if (n === 0) return 0;
  if (text.includes('«')) n -= (text.match(GUILLEMETS)?.length ?? 0) - (text.split('«').length - 1);
  if (text.includes('‹')) n -= (text.match(SINGLE_GUILLEMETS)?.length ?? 0) - (text.split('‹').length - 1);
  return n;
}

export function lineFeatures(blocks: readonly Block[], stopwords: ReadonlySet<string> | null): LineFeatures[] {
  const counts = new Map<string, number>();
  const out: LineFeatures[] = blocks.map((b) => {
    const shape = textShape(b.text);
    const normalised = normaliseForMatch(b.text);
    counts.set(normalised, (counts.get(normalised) ?? 0) + 1);
    return {
      chars: shape.chars,
      size: shape.chars + (CJK_WEIGHT - 1) * (b.text.match(CJK)?.length ?? 0),
      words: shape.words,
      stopwords: stopwordShare(normalised, stopwords),
      sentenceEnd: shape.sentenceEnd,
      sentences: shape.sentences,
      capitalised: shape.capitalised,
      digits: shape.digits,
      clauses: b.text.match(CLAUSE)?.length ?? 0,
      separators: separators(b.text),
      startsLower: shape.startsLower,
      repeats: 0,
      normalised,
    };
  });
  for (const f of out) f.repeats = counts.get(f.normalised) ?? 1;
  return out;
}
