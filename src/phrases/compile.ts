import { normalisedWords } from './normalise.js';

/**
 * Pattern syntax (see ./README.md): words; `(a|b c)` one of; `[a|b c]` optional one of; `*` up to three
 * words; `#` a number; `^` at the start and `$` at the end anchor to the block's edges. A pattern
 * compiles to a list of elements, each a set of word sequences; the matcher (./matcher.ts) indexes
 * patterns by the words they can open with and walks only the few that can start at a given word.
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

/** One step of a pattern: one of several word sequences, or nothing when optional. */
export interface Element {
  alternatives: string[][];
  optional: boolean;
}

export interface CompiledPattern {
  atStart: boolean;
  atEnd: boolean;
  elements: Element[];
}

/**
 * Words of a literal run, in the shared normal form (so `Don't` and `don t` are the same): the
 * words normaliseForMatch() joins, taken before the join rather than split again after it.
 */
function literalWords(run: string): string[] {
  return normalisedWords(run);
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

const isLiteral = (t: string) => t !== NUMBER && t !== ANY_WORDS;

export function compilePattern(pattern: string): CompiledPattern {
  let body = pattern.trim();
  if (!body) throw new PatternSyntaxError(pattern, 'it is empty');
  const atStart = body.startsWith('^');
  const atEnd = body.endsWith('$');
  if (atStart) body = body.slice(1);
  if (atEnd) body = body.slice(0, -1);

  const elements: Element[] = [];
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
      elements.push({ alternatives, optional: ch === '[' });
      i = end + 1;
    } else if (ch === ')' || ch === ']') {
      throw new PatternSyntaxError(pattern, `"${ch}" closes nothing`);
    } else {
      let end = i;
      while (end < body.length && !'([)]'.includes(body[end])) end++;
      const run = sequence(body.slice(i, end), pattern);
      // Each token of a literal run is its own element, so a wildcard can sit between words.
      for (const token of run) elements.push({ alternatives: [[token]], optional: false });
      i = end;
    }
  }
  if (!elements.some((e) => !e.optional && e.alternatives.every((alt) => alt.some(isLiteral)))) {
    throw new PatternSyntaxError(pattern, 'it needs at least one required literal word');
  }
  const first = elements[0];
  const last = elements[elements.length - 1];
  // A leading or trailing wildcard means something only against the block's edge.
  if (first.alternatives.some((a) => a[0] === ANY_WORDS) && !atStart) throw new PatternSyntaxError(pattern, '"*" can open a pattern only after "^"');
  if (last.alternatives.some((a) => a[a.length - 1] === ANY_WORDS) && !atEnd) throw new PatternSyntaxError(pattern, '"*" can close a pattern only before "$"');
  return { atStart, atEnd, elements };
}

/**
 * A canonical text of a compiled pattern, to find duplicates (./validate.ts). Not part of
 * compilePattern(): the matcher, which compiles every pattern in each process, never reads it.
 */
export function patternKey({ atStart, atEnd, elements }: CompiledPattern): string {
  return `${atStart ? '^' : ''}${elements.map((e) => (e.optional ? '[' : '(') + e.alternatives.map((a) => a.join(' ')).sort().join('|') + (e.optional ? ']' : ')')).join(' ')}${atEnd ? '$' : ''}`;
}

/** Every token a pattern can open with (optional elements let later ones open it too). */
export function openingTokens(elements: readonly Element[]): Set<string> {
  const out = new Set<string>();
  for (const e of elements) {
    for (const alt of e.alternatives) out.add(alt[0]);
    if (!e.optional) break;
  }
  return out;
}
