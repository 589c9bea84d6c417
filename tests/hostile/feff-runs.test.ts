import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';

// U+FEFF is kept inside blocks (it is not collapsed like other spaces) but `\s` matches it, so a
// regex with two whitespace runs around an optional part backtracks quadratically on a long run.
// 50,000 of them take seconds with such a regex and milliseconds without.
const RUN = '\uFEFF'.repeat(50_000);

describe('long runs of U+FEFF inside a block', () => {
  it('a picture credit followed by a run and a letter is read in linear time', () => {
    const r = clean(`The harbour at dawn (credit: Jane Doe)${RUN}x`);
    expect(r.text).toContain('harbour');
  });
  it('an arrow-marked link followed by a run is read in linear time', () => {
    const r = extract(`<html><body><article><p>The ferry left at dawn with forty passengers on board and a band playing on deck.</p><p><a href="/x">» Harbour fire leaves dozens homeless${RUN}x</a></p></article></body></html>`);
    expect(r.text).toContain('ferry');
  });
});
