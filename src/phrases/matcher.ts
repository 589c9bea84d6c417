import type { ArticleKind } from '../types.js';
import { compilePattern } from './compile.js';
import type { PhraseFile } from './define.js';

export interface PhraseHit {
  kind: ArticleKind;
  lang: string;
  group: string;
  /** Where the match starts in the normal form, and how many characters it covers. */
  at: number;
  length: number;
}

interface KindMatcher {
  regex: RegExp;
  /** Capture group n+1 belongs to owners[n]. */
  owners: { lang: string; group: string }[];
}

/**
 * All phrase data compiled into one regex per kind: each block's normal form is scanned once per kind,
 * not once per pattern. The capture group that matched tells which language and group it was.
 */
export class PhraseMatcher {
  private readonly byKind = new Map<ArticleKind, KindMatcher>();

  constructor(files: readonly PhraseFile[]) {
    const sources = new Map<ArticleKind, { parts: string[]; owners: KindMatcher['owners'] }>();
    for (const file of files) {
      let entry = sources.get(file.kind);
      if (!entry) sources.set(file.kind, (entry = { parts: [], owners: [] }));
      for (const group of file.groups) {
        entry.parts.push(`(${group.patterns.map((p) => compilePattern(p).source).join('|')})`);
        entry.owners.push({ lang: file.lang, group: group.id });
      }
    }
    for (const [kind, { parts, owners }] of sources) {
      this.byKind.set(kind, { regex: new RegExp(parts.join('|'), 'u'), owners });
    }
  }

  get kinds(): ArticleKind[] {
    return [...this.byKind.keys()];
  }

  /** The first phrase of `kind` found in `normalised` (the output of normaliseForMatch), or null. */
  match(kind: ArticleKind, normalised: string): PhraseHit | null {
    const matcher = this.byKind.get(kind);
    if (!matcher) return null;
    const m = matcher.regex.exec(normalised);
    if (!m) return null;
    for (let i = 1; i < m.length; i++) {
      if (m[i] !== undefined) return { kind, ...matcher.owners[i - 1], at: m.index, length: m[0].length };
    }
    return null;
  }
}
