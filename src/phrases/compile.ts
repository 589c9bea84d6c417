import { normaliseForMatch } from './normalise.js';

/**
 * Pattern syntax (see ./README.md): words; `(a|b c)` one of; `[a|b c]` optional one of; `*` up to three
 * words; `#` a number; `^` at the start and `$` at the end anchor to the block's edges. A pattern
 * expands into the word sequences it stands for; the matcher (./matcher.ts) puts every sequence of
 * every language and kind into one word trie, so a block is read once, word by word.
 */

export class PatternSyntaxError extends Error {
  constructor(pattern: string, problem: string) {
    super(`Invalid phrase pattern ${JSON.stringify(pattern)}: ${problem}`);
    this.name = 'PatternSyntaxError';
  }
}

/** Token standing for any number (a run of digits). Cannot collide with a normalised word. */
export const NUMBER = '\u0000#';
/** Token standing for zero to three words. */
export const ANY_WORDS = '\u0000*';
export const MAX_SKIPPED_WORDS = 3;
/** A pattern may stand for at most this many word sequences; more is a sign of a runaway pattern. */
export const MAX_EXPANSIONS = 10000;

export interface CompiledPattern {
  atStart: boolean;
  atEnd: boolean;
  sequences: string[][];
}

/** Words of a literal run, in the shared normal form (so `Don't` and `don t` are the same). */
function literalWords(run: string): string[] {
  const norm = normaliseForMatch(run).trim();
  return norm ? norm.split(' ') : [];
}

function sequence(text: string, pattern: string): string[] {
  const out: string[] = [];
  for (const token of text.trim().split(/\s+/)) {
    if (!token) continue;
    if (token === '#') out.push(NUMBER);
    else if (token === '*') out.push(ANY_WORDS);
    else {
      const words = literalWords(token);
      if (!words.length) throw new PatternSyntaxError(pattern, `"${token}" has no letters or digits`);
      out.push(...words);
    }
  }
  return out;
}

function product(left: string[][], right: string[][], pattern: string): string[][] {
  if (left.length * right.length > MAX_EXPANSIONS) throw new PatternSyntaxError(pattern, `it stands for more than ${MAX_EXPANSIONS} word sequences`);
  const out: string[][] = [];
  for (const a of left) for (const b of right) out.push([...a, ...b]);
  return out;
}

export function compilePattern(pattern: string): CompiledPattern {
  let body = pattern.trim();
  if (!body) throw new PatternSyntaxError(pattern, 'it is empty');
  const atStart = body.startsWith('^');
  const atEnd = body.endsWith('$');
  if (atStart) body = body.slice(1);
  if (atEnd) body = body.slice(0, -1);

  let sequences: string[][] = [[]];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '(' || ch === '[') {
      const close = ch === '(' ? ')' : ']';
      const end = body.indexOf(close, i + 1);
      if (end < 0) throw new PatternSyntaxError(pattern, `"${ch}" is never closed`);
      const inner = body.slice(i + 1, end);
      if (/[()[\]]/.test(inner)) throw new PatternSyntaxError(pattern, 'groups cannot nest');
      const alternatives = inner.split('|').map((alt) => sequence(alt, pattern));
      if (alternatives.some((a) => !a.length)) throw new PatternSyntaxError(pattern, 'a group has an empty alternative');
      sequences = product(sequences, ch === '[' ? [[], ...alternatives] : alternatives, pattern);
      i = end + 1;
    } else if (ch === ')' || ch === ']') {
      throw new PatternSyntaxError(pattern, `"${ch}" closes nothing`);
    } else {
      let end = i;
      while (end < body.length && !'([)]'.includes(body[end])) end++;
      const run = sequence(body.slice(i, end), pattern);
      sequences = sequences.map((s) => [...s, ...run]);
      i = end;
    }
  }
  for (const s of sequences) {
    if (!s.some((t) => t !== NUMBER && t !== ANY_WORDS)) throw new PatternSyntaxError(pattern, 'every reading of it needs at least one literal word');
    // A leading or trailing wildcard means something only against the block's edge.
    if (s[0] === ANY_WORDS && !atStart) throw new PatternSyntaxError(pattern, '"*" can open a pattern only after "^"');
    if (s[s.length - 1] === ANY_WORDS && !atEnd) throw new PatternSyntaxError(pattern, '"*" can close a pattern only before "$"');
  }
  return { atStart, atEnd, sequences };
}

/** A stable text for one reading of a pattern, to find duplicates across groups. */
export function sequenceKey(atStart: boolean, atEnd: boolean, seq: readonly string[]): string {
  return `${atStart ? '^' : ''}${seq.join(' ')}${atEnd ? '$' : ''}`;
}
