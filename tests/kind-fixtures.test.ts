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

  // The languages with phrase data but no kind file of their own beyond attribution and
  // syndication-credit: their short fixtures are read as their language. Malay has no function
  // words yet and is read as Indonesian.
  const GUESSED: Record<string, string> = { ru: 'ru', uk: 'uk', tr: 'tr', id: 'id', ms: 'id', sv: 'sv', cs: 'cs', ro: 'ro' };
  for (const f of ALL_KIND_FIXTURES.filter((x) => x.lang in GUESSED)) {
    it(`${f.lang} ${f.kind}: ${f.name} is read as ${GUESSED[f.lang]}`, () => {
      expect(clean(f.text).metadata.lang).toBe(GUESSED[f.lang]);
    });
  }
});
