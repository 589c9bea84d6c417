/**
 * One walk over the body that measures every element: its own block text (judged by
 * block-quality) and totals for its subtree, accumulated bottom-up as each element closes.
 * Records sit in an array in document (pre-)order, so "is X inside Y" is an index range check and
 * a bottom-up pass is a reverse loop. No recursion: deep documents cannot overflow the stack.
 */
import { hiddenReason, type HiddenReason } from './hidden.js';
import { hintWords } from './hints.js';
import { judgeBlock, type BlockText } from './block-quality.js';
import { lowerWords, WORD, type PageLanguage } from './language.js';
import { INLINE_TAGS, SKIPPED_TAGS } from './tags.js';
import { collapsedLength } from './text-length.js';

export interface ElementRecord {
  el: Element;
  tag: string;
  /** Index of the parent record; -1 for the walk's root. */
  parent: number;
  depth: number;
  /** One past the index of the last descendant record: descendants are (index, end). */
  end: number;
  inLink: boolean;
  words: string[];
  /** Own inline text, for block elements. */
  own?: BlockText;
  ownTokens?: string[];
  /** Subtree totals (visible text only). */
  chars: number;
  linkChars: number;
  linkCount: number;
  /** Blocks that are mostly link text (a headline link, a menu entry), and their characters. */
  linkBlocks: number;
  linkBlockChars: number;
  stopwords: number;
  wordCount: number;
  punctuation: number;
  /** h1 elements in the subtree: a region holding the page headline is no sidebar. */
  h1: number;
  /** Paragraphs of prose, and their characters. */
  prose: number;
  proseChars: number;
  /** Sum of block verdicts: what choosing this subtree gains. */
  value: number;
  /** The verdict on the element's own inline text alone. */
  ownValue: number;
}

export interface HiddenElement {
  el: Element;
  /** Record index of the nearest visible ancestor. */
  parent: number;
  reason: HiddenReason;
}

export interface PageStats {
  records: ElementRecord[];
  hidden: HiddenElement[];
}

const NOT_SPACE = /\S/;
const NO_WORDS: string[] = [];
const PUNCTUATION = /[.,;:!?\u3002\uff0c\u3001\uff01\uff1f\uff1b\uff1a\u060c\u061f\u0964]/g;

function newRecord(el: Element, tag: string, parent: number, depth: number, inLink: boolean): ElementRecord {
  const inline = INLINE_TAGS.has(tag);
  return {
    // Inline elements are never regions or candidates: their class words are not needed.
    el, tag, parent, depth, end: 0, inLink, words: inline ? NO_WORDS : hintWords(el),
    own: inline ? undefined : { chars: 0, linkChars: 0, words: 0, stopwords: 0, punctuation: 0 },
    chars: 0, linkChars: 0, linkCount: 0, linkBlocks: 0, linkBlockChars: 0, stopwords: 0, wordCount: 0, punctuation: 0, prose: 0, proseChars: 0, value: 0, ownValue: 0, h1: tag === 'h1' ? 1 : 0,
  };
}

export interface MeasureOptions {
  language: PageLanguage;
  /** Share of a token list's 4-word shingles found in trusted evidence (JSON-LD articleBody). */
  evidence?: (tokens: readonly string[]) => number;
}

export function measurePage(root: Element, options: MeasureOptions): PageStats {
  const { language, evidence } = options;
  const stop = language.stopwords;
  const records: ElementRecord[] = [];
  const hidden: HiddenElement[] = [];
  // Nearest block record for each open record, kept beside the records to avoid a field per element.
  const blockOf: number[] = [];

  const open = (el: Element, parent: number): number => {
    const tag = el.localName;
    const p = parent >= 0 ? records[parent] : undefined;
    const rec = newRecord(el, tag, parent, p ? p.depth + 1 : 0, (p?.inLink ?? false) || tag === 'a');
    const i = records.length;
    records.push(rec);
    blockOf.push(rec.own ? i : p ? blockOf[parent] : i);
    if (tag === 'a') rec.linkCount = 1;
    if (rec.own === undefined && !p) rec.own = { chars: 0, linkChars: 0, words: 0, stopwords: 0, punctuation: 0 };
    return i;
  };

  const addText = (at: number, data: string): void => {
    // About half the text nodes of a page are white space between tags: test before counting.
    if (!NOT_SPACE.test(data)) return;
    // Counted on the data as it is: white space is neither a word nor punctuation, so collapsing it
    // first (as the character count does) would change no word and no mark, only cost a copy.
    const chars = collapsedLength(data);
    const b = records[blockOf[at]];
    const own = b.own!;
    own.chars += chars;
    if (records[at].inLink) own.linkChars += chars;
    const punct = data.match(PUNCTUATION);
    if (punct) own.punctuation += punct.length;
    if (!language.unspaced) {
      const words = lowerWords(data.toLowerCase());
      if (words) {
        own.words += words.length;
        if (stop) for (const w of words) if (stop.has(w)) own.stopwords++;
        if (evidence) (b.ownTokens ??= []).push(...words);
      }
    } else if (evidence) {
      // Unspaced scripts: single characters stand in for words in the shingles.
      (b.ownTokens ??= []).push(...(data.match(WORD) ?? []).join('').split(''));
    }
  };

  const close = (i: number): void => {
    const r = records[i];
    r.end = records.length;
    if (r.own && r.own.chars > 0) {
      const own = r.own;
      if (evidence && r.ownTokens) own.evidence = evidence(r.ownTokens);
      r.ownTokens = undefined;
      const v = judgeBlock(own, language);
      r.chars += own.chars;
      r.linkChars += own.linkChars;
      if (own.linkChars * 2 > own.chars) { r.linkBlocks++; r.linkBlockChars += own.chars; }
      r.stopwords += own.stopwords;
      r.wordCount += own.words;
      r.punctuation += own.punctuation;
      r.value += v.value;
      r.ownValue = v.value;
      if (v.prose) { r.prose++; r.proseChars += own.chars; }
    }
    if (r.parent >= 0) {
      const p = records[r.parent];
      p.chars += r.chars;
      p.linkChars += r.linkChars;
      p.linkCount += r.linkCount;
      p.linkBlocks += r.linkBlocks;
      p.linkBlockChars += r.linkBlockChars;
      p.stopwords += r.stopwords;
      p.wordCount += r.wordCount;
      p.punctuation += r.punctuation;
      p.value += r.value;
      p.prose += r.prose;
      p.h1 += r.h1;
      p.proseChars += r.proseChars;
    }
  };

  let cur = open(root, -1);
  let node: Node | null = root.firstChild;
  for (;;) {
    if (node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.localName;
        if (!SKIPPED_TAGS.has(tag)) {
          // Most elements carry no attributes at all (a constant-time test in linkedom).
          const why = el.hasAttributes() ? hiddenReason(el) : undefined;
          if (why) {
            hidden.push({ el, parent: cur, reason: why });
          } else {
            cur = open(el, cur);
            node = el.firstChild;
            continue;
          }
        }
      } else if (node.nodeType === 3) {
        addText(cur, (node as Text).data);
      }
      node = node.nextSibling;
    } else {
      const r = records[cur];
      close(cur);
      if (r.parent < 0) break;
      cur = r.parent;
      node = r.el.nextSibling;
    }
  }
  return { records, hidden };
}
