import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

/** Median time of a few runs, in ms. */
function time(f: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    f();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[1];
}

/**
 * Hostile inputs must cost time linear in their size. Absolute speed belongs to `npm run bench`;
 * here only the growth is checked: four times the input may cost at most eight times the time
 * (plus a little for timer noise), which a quadratic step would exceed.
 */
function expectLinear(make: (n: number) => string, n: number): void {
  const small = time(() => clean(make(n)));
  const large = time(() => clean(make(n * 4)));
  expect(large).toBeLessThan(small * 8 + 60);
}

describe('linear time on hostile input', () => {
  it('a megabyte of one letter', () => {
    expectLinear((n) => 'a'.repeat(n), 250_000);
    expect(clean('a'.repeat(1_000_000)).text.length).toBe(1_000_000);
  });

  it('many copies of one boilerplate line', () => {
    expectLinear((n) => 'Share this article\n'.repeat(n), 5_000);
  });

  it('many copies of one slogan line', () => {
    expectLinear((n) => 'Social media is bold.\n'.repeat(n), 5_000);
  });

  it('one long line of repeated phrase openings', () => {
    expectLinear((n) => 'share this share the sign up for '.repeat(n), 10_000);
  });
});
