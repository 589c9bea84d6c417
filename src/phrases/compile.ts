import { normaliseForMatch } from './normalise.js';

/**
 * Pattern syntax (see ./README.md): words; `(a|b c)` one of; `[a|b c]` optional one of; `*` up to three
 * words; `#` a number; `^` at the start and `$` at the end anchor to the block's edges. Every piece
 * compiles to a bounded regex over the normal form of ./normalise.ts, so matching stays linear.
 */

export class PatternSyntaxError extends Error {
  constructor(pattern: string, problem: string) {
    super(`Invalid phrase pattern ${JSON.stringify(pattern)}: ${problem}`);
    this.name = 'PatternSyntaxError';
  }
}

const ANY_WORDS = '(?:[^ ]+ ){0,3}';
const NUMBER = '\\d+ ';

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words of a literal run, in the shared normal form (so `Don't` and `don t` are the same). */
function literalWords(run: string): string[] {
  const norm = normaliseForMatch(run).trim();
  return norm ? norm.split(' ') : [];
}

function sequence(text: string, pattern: string): { source: string; literals: number } {
  let source = '';
  let literals = 0;
  for (const token of text.trim().split(/\s+/)) {
    if (!token) continue;
    if (token === '#') source += NUMBER;
    else if (token === '*') source += ANY_WORDS;
    else {
      const words = literalWords(token);
      if (!words.length) throw new PatternSyntaxError(pattern, `"${token}" has no letters or digits`);
      for (const w of words) source += escapeRegex(w) + ' ';
      literals += words.length;
    }
  }
  return { source, literals };
}

export interface CompiledPattern {
  source: string;
}

export function compilePattern(pattern: string): CompiledPattern {
  let body = pattern.trim();
  if (!body) throw new PatternSyntaxError(pattern, 'it is empty');
  const atStart = body.startsWith('^');
  const atEnd = body.endsWith('$');
  if (atStart) body = body.slice(1);
  if (atEnd) body = body.slice(0, -1);

  let source = '';
  let literals = 0;
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
      if (alternatives.some((a) => !a.source)) throw new PatternSyntaxError(pattern, 'a group has an empty alternative');
      source += `(?:${alternatives.map((a) => a.source).join('|')})${ch === '[' ? '?' : ''}`;
      if (ch === '(') literals += Math.min(...alternatives.map((a) => a.literals));
      i = end + 1;
    } else if (ch === ')' || ch === ']') {
      throw new PatternSyntaxError(pattern, `"${ch}" closes nothing`);
    } else {
      let end = i;
      while (end < body.length && !'([)]'.includes(body[end])) end++;
      const run = sequence(body.slice(i, end), pattern);
      source += run.source;
      literals += run.literals;
      i = end;
    }
  }
  if (literals === 0) throw new PatternSyntaxError(pattern, 'it needs at least one literal word');
  return { source: (atStart ? '^ ' : ' ') + source + (atEnd ? '$' : '') };
}
