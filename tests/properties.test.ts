import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const WORDS = ['river', 'council', 'said', 'the', 'on', 'Monday', 'bridge', 'would', 'reopen', 'after', 'repairs', 'Ostrel', 'mayor', 'budget', 'of', 'and', 'share', 'comments', 'follow', 'source', 'media', 'social', 'donate', 'newsletter'];
const BOILERPLATE = [
  'Share this article', '0 Comments', 'Source: Example Wire and agencies', 'Follow us on Twitter', 'Sign up for our newsletter',
  '(With input from news agency language)', 'Advertisement', 'Related articles', '© 2024 Example Press. All rights reserved.',
  'Radio is loud.', 'Radio is free.', 'Radio is you.',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((ws) => {
  const s = ws.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
});
const line = fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: fc.constantFrom(...BOILERPLATE) });
const separator = fc.constantFrom('\n', '\r\n', '\n\n', '\r', '');
const doc = fc.array(fc.tuple(line, separator), { maxLength: 25 }).map((parts) => parts.map(([l, s]) => l + s).join(''));

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
function multiset(ws: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
/** Letters in order, ignoring spaces: what a glued join repair may re-space but never change. */
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

describe('properties of clean()', () => {
  it('never adds text', () => {
    fc.assert(fc.property(doc, (input) => {
      const flat = input.replace(/\s+/g, ' ');
      const out = clean(input).text;
      for (const block of out ? out.split('\n\n') : []) expect(flat).toContain(block);
      const have = multiset(words(input).flatMap((w) => [...w]));
      for (const [ch, n] of multiset(words(out).flatMap((w) => [...w]))) expect(have.get(ch) ?? 0).toBeGreaterThanOrEqual(n);
    }), { numRuns: 300, seed: 42 });
  });

  it('is idempotent: cleaning the output again changes nothing', () => {
    fc.assert(fc.property(doc, (input) => {
      const once = clean(input).text;
      expect(clean(once).text).toBe(once);
    }), { numRuns: 300, seed: 7 });
  });

  it('loses nothing: every letter of the input is in text or in removed, in order', () => {
    fc.assert(fc.property(doc, (input) => {
      const r = clean(input);
      const kept = r.text.split('\n\n');
      // Rebuild the document from kept and removed blocks in input order via detect-style offsets.
      const all = [...kept, ...r.removed.map((x) => x.text)];
      expect(letters(all.join('')).length).toBe(letters(input).length);
      const inputLetters = multiset([...letters(input)]);
      const outLetters = multiset([...letters(all.join(''))]);
      expect(outLetters).toEqual(inputLetters);
    }), { numRuns: 300, seed: 11 });
  });
});
