import { describe, expect, it } from 'vitest';
import { PHRASE_FILES } from '../../src/phrases/index.js';
import { PhraseMatcher } from '../../src/phrases/matcher.js';
import { normaliseForMatch } from '../../src/phrases/normalise.js';
import { ARTICLE_KINDS, type ArticleKind } from '../../src/types.js';
import { ALL_KIND_FIXTURES } from '../fixtures/kinds/index.js';

// The kind fixtures are run by the pipeline's tests; here they are checked against the phrase data:
// every removed line of a phrase kind is recognised by its phrases, and no kept line (the hard
// negatives included) matches any phrase at all.
const matcher = new PhraseMatcher(PHRASE_FILES);
const STRUCTURAL: string[] = ['slogan-block', 'repeated'];

describe.each(ALL_KIND_FIXTURES)('fixture $lang/$kind: $name', (fx) => {
  it('is well formed', () => {
    const lines = fx.text.split('\n');
    expect([...lines].sort()).toEqual([...fx.kept, ...fx.removed].sort());
    expect(ARTICLE_KINDS as readonly string[]).toContain(fx.kind);
    expect(fx.kept.length).toBeGreaterThanOrEqual(3);
    expect(fx.removed.length).toBeGreaterThanOrEqual(1);
    if (fx.kind === 'attribution') expect(fx.source).toBeTruthy();
  });

  it.skipIf(STRUCTURAL.includes(fx.kind))('its removed lines match their kind', () => {
    for (const line of fx.removed) {
      expect(matcher.match(fx.kind as ArticleKind, normaliseForMatch(line)), line).not.toBeNull();
    }
  });

  it('its kept lines match no kind', () => {
    for (const line of fx.kept) {
      const norm = normaliseForMatch(line);
      const hits = ARTICLE_KINDS.map((k) => matcher.match(k, norm)).filter(Boolean);
      expect(hits, line).toEqual([]);
    }
  });
});
