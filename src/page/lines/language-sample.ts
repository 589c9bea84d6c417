/**
 * The text to guess a page's language from. A page's first lines are its menu, made of names and
 * short words that several languages share; its long lines are sentences, dense in the function
 * words a language guess counts. So the sample is the page's longer lines, in order.
 */
import type { Block } from '../../segment/block.js';
import { guessLanguage } from '../../features/language.js';

/** Lines with at least this many spaces (words - 1) read as sentences. */
const MIN_SPACES = 7;
/** The guess reads at most this much. */
const SAMPLE_CHARS = 6000;

export function languageSample(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const b of blocks) {
    if (length >= SAMPLE_CHARS) break;
    let spaces = 0;
    for (let k = 0; k < b.text.length && spaces < MIN_SPACES; k++) if (b.text.charCodeAt(k) === 32) spaces++;
    if (spaces < MIN_SPACES) continue;
    parts.push(b.text);
    length += b.text.length + 1;
  }
  return parts.join('\n');
}

/** The declared language, else a guess from the page's sentences, else from its first lines. */
export function pageLanguage(blocks: readonly Block[], declared: string | undefined, fallback: () => string | undefined): string | undefined {
  return declared ?? guessLanguage(languageSample(blocks)) ?? fallback();
}
