import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLength } from '../../src/page/text-length.js';

const collapsed = (s: string): number => s.replace(/\s+/g, ' ').trim().length;
// Every character JavaScript's \s matches, and neighbours of them that it does not.
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const NEAR = '\u0008\u000e\u001f\u009f\u00a1\u180e\u200b\u200d\u2027\u202a\u2060\u3001\ufefe';

describe('collapsedLength', () => {
  it('counts what collapsing and trimming white space leaves', () => {
    for (const s of ['', '   ', ' a ', 'a  b', '\n\tword\u00a0\u00a0word\u3000', 'x\u200by', NEAR, SPACES + 'z' + SPACES]) {
      expect(collapsedLength(s)).toBe(collapsed(s));
    }
  });

  it('agrees with replace and trim on any mix of text and white space', () => {
    const char = fc.constantFrom(...(SPACES + NEAR + 'ab.').split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }), (cs) => collapsedLength(cs.join('')) === collapsed(cs.join(''))), { numRuns: 2000 });
  });
});
