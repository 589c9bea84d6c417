import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

// `npm start` cleans this bundled sample; its first nine lines are the article, the rest is tail.
const sample = readFileSync(join(__dirname, '..', 'examples', 'sample-article.txt'), 'utf8');

describe('the bundled sample article', () => {
  it('keeps exactly the article and removes every tail line with its kind', () => {
    const lines = sample.trim().split('\n');
    const r = clean(sample);
    expect(r.text.split('\n\n')).toEqual(lines.slice(0, 9));
    expect(r.metadata.source).toBe('Meridian Wire and agencies');
    expect(new Set(r.removed.map((x) => x.kind))).toEqual(
      new Set(['attribution', 'slogan-block', 'syndication-credit', 'share-prompt', 'donation-appeal', 'newsletter-signup', 'follow-prompt', 'comment-counter']),
    );
    expect(r.removed.length).toBe(lines.length - 9 + 1); // the glued first tail line holds two blocks
  });
});
