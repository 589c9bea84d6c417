import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { expectLinear } from './hostile/helpers.js';

/**
 * Hostile inputs must cost time linear in their size. Absolute speed belongs to `npm run bench`;
 * here only the growth is checked (see expectLinear), which a quadratic step would exceed.
 */
const cleanLinear = (make: (n: number) => string, n: number): void =>
  expectLinear('clean', (k) => clean(make(k)), n);

describe('linear time on hostile input', () => {
  it('a megabyte of one letter', () => {
    cleanLinear((n) => 'a'.repeat(n), 250_000);
    expect(clean('a'.repeat(1_000_000)).text.length).toBe(1_000_000);
  });

  it('many copies of one boilerplate line', () => {
    cleanLinear((n) => 'Share this article\n'.repeat(n), 5_000);
    const r = clean('Share this article\n'.repeat(100_000));
    expect(r.removed.length).toBe(100_000);
  });

  it('many copies of one slogan line', () => {
    cleanLinear((n) => 'Social media is bold.\n'.repeat(n), 5_000);
  });

  it('a timeline of many dated entries', () => {
    cleanLinear((n) => 'March 3, 2020\n\nShops reopen under strict rules on masks.\n\n'.repeat(n), 2_500);
  });

  it('one long line of repeated phrase openings', () => {
    cleanLinear((n) => 'share this share the sign up for '.repeat(n), 10_000);
  });
});
