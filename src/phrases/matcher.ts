import type { ArticleKind } from '../types.js';
import { ANY_WORDS, compilePattern, MAX_SKIPPED_WORDS, NUMBER } from './compile.js';
import type { PhraseFile } from './define.js';

export interface PhraseHit {
  kind: ArticleKind;
  lang: string;
  group: string;
  /** Where the match starts in the normal form, and how many characters it covers. */
  at: number;
  length: number;
}

interface Terminal {
  kind: ArticleKind;
  lang: string;
  group: string;
  atEnd: boolean;
}

interface TrieNode {
  words: Map<string, TrieNode>;
  number?: TrieNode;
  any?: TrieNode;
  ends: Terminal[];
}

const node = (): TrieNode => ({ words: new Map(), ends: [] });
const DIGITS = /^\d+$/;

function insert(root: TrieNode, seq: readonly string[], terminal: Terminal): void {
  let at = root;
  for (const token of seq) {
    if (token === NUMBER) at = at.number ??= node();
    else if (token === ANY_WORDS) at = at.any ??= node();
    else {
      let next = at.words.get(token);
      if (!next) at.words.set(token, (next = node()));
      at = next;
    }
  }
  at.ends.push(terminal);
}

/**
 * All phrase data of every language and kind in two word tries (patterns anchored at the block's
 * start, and the rest). A block is read once: from each word, the tries are followed word by word,
 * so the cost grows with the block's length and not with the number of patterns. Wildcards skip at
 * most three words, which bounds the branching.
 */
export class PhraseMatcher {
  private readonly anchored = node();
  private readonly floating = node();
  readonly kinds: readonly ArticleKind[];

  constructor(files: readonly PhraseFile[]) {
    const kinds = new Set<ArticleKind>();
    for (const file of files) {
      kinds.add(file.kind);
      for (const group of file.groups) {
        for (const pattern of group.patterns) {
          const { atStart, atEnd, sequences } = compilePattern(pattern);
          const terminal: Terminal = { kind: file.kind, lang: file.lang, group: group.id, atEnd };
          for (const seq of sequences) insert(atStart ? this.anchored : this.floating, seq, terminal);
        }
      }
    }
    this.kinds = [...kinds];
  }

  /**
   * The leftmost hit of each kind in `normalised` (the output of normaliseForMatch). Among hits at
   * the same word, the longest wins, then data order.
   */
  matchAll(normalised: string): Map<ArticleKind, PhraseHit> {
    const hits = new Map<ArticleKind, PhraseHit>();
    const text = normalised.trim();
    if (!text) return hits;
    const words = text.split(' ');
    const offsets: number[] = new Array(words.length + 1);
    let pos = 1; // normalised starts with a space
    for (let i = 0; i < words.length; i++) {
      offsets[i] = pos;
      pos += words[i].length + 1;
    }
    offsets[words.length] = pos;

    const found: { terminal: Terminal; end: number }[] = [];
    const stack: { at: TrieNode; i: number }[] = [];
    for (let start = 0; start < words.length; start++) {
      found.length = 0;
      if (start === 0) stack.push({ at: this.anchored, i: 0 });
      stack.push({ at: this.floating, i: start });
      while (stack.length) {
        const { at, i } = stack.pop()!;
        if (i > start || at !== this.floating) {
          for (const t of at.ends) if (!t.atEnd || i === words.length) found.push({ terminal: t, end: i });
        }
        if (i >= words.length) continue;
        const w = words[i];
        const next = at.words.get(w);
        if (next) stack.push({ at: next, i: i + 1 });
        if (at.number && DIGITS.test(w)) stack.push({ at: at.number, i: i + 1 });
        if (at.any) for (let skip = 0; skip <= MAX_SKIPPED_WORDS && i + skip <= words.length; skip++) stack.push({ at: at.any, i: i + skip });
      }
      found.sort((a, b) => b.end - a.end);
      for (const { terminal, end } of found) {
        if (hits.has(terminal.kind)) continue;
        hits.set(terminal.kind, {
          kind: terminal.kind, lang: terminal.lang, group: terminal.group,
          at: offsets[start] - 1, length: offsets[end] - offsets[start] + 1,
        });
      }
    }
    return hits;
  }

  /** The leftmost phrase of `kind` in `normalised`, or null. */
  match(kind: ArticleKind, normalised: string): PhraseHit | null {
    return this.matchAll(normalised).get(kind) ?? null;
  }
}
