import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS } from '../src/types.js';
import { clean } from '../src/index.js';
import { ALL_KIND_FIXTURES } from './fixtures/kinds/index.js';

describe('kind fixtures through clean()', () => {
  it('cover every article-level kind but repeated in at least four languages', () => {
    for (const kind of ARTICLE_KINDS) {
      if (kind === 'repeated') continue;
      const langs = new Set(ALL_KIND_FIXTURES.filter((f) => f.kind === kind).map((f) => f.lang));
      expect(langs.size, kind).toBeGreaterThanOrEqual(4);
    }
  });

  for (const f of ALL_KIND_FIXTURES) {
    it(`${f.lang} ${f.kind}: ${f.name}`, () => {
      const r = clean(f.text);
      const kept = r.text.split('\n\n');
      for (const line of f.kept) expect(kept, 'article line lost').toContain(line);
      for (const line of f.removed) {
        const hit = r.removed.find((x) => x.text === line);
        expect(hit, `not removed: ${line}`).toBeTruthy();
      }
      // The tail's lines belong to the fixture's kind, apart from context-labelled neighbours.
      const own = r.removed.filter((x) => f.removed.includes(x.text) && !x.ruleId.startsWith('context/'));
      expect(own.some((x) => x.kind === f.kind), `no ${f.kind} verdict among ${JSON.stringify(own.map((x) => x.kind))}`).toBe(true);
      if (f.source) expect(r.metadata.source).toBe(f.source);
    });
  }
});
