import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

/** Least CPU time (user + system) of three runs, in ms: other processes on the machine barely move it. */
function time(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
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
    const r = clean('Share this article\n'.repeat(100_000));
    expect(r.removed.length).toBe(100_000);
  });

  it('many copies of one slogan line', () => {
    expectLinear((n) => 'Social media is bold.\n'.repeat(n), 5_000);
  });

  it('one long line of repeated phrase openings', () => {
    expectLinear((n) => 'share this share the sign up for '.repeat(n), 10_000);
  });
});
