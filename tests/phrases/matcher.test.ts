import { describe, expect, it } from 'vitest';
import { PHRASE_FILES } from '../../src/phrases/index.js';
import { PhraseMatcher } from '../../src/phrases/matcher.js';
import { normaliseForMatch } from '../../src/phrases/normalise.js';
import { ARTICLE_KINDS, type ArticleKind } from '../../src/types.js';
import { de } from './cases/de.js';
import { en } from './cases/en.js';
import { es } from './cases/es.js';
import { fr } from './cases/fr.js';
import { it as itCases } from './cases/it.js';
import { nl } from './cases/nl.js';
import { pl } from './cases/pl.js';
import { pt } from './cases/pt.js';
import { ru } from './cases/ru.js';
import { uk } from './cases/uk.js';
import { tr } from './cases/tr.js';
import { id } from './cases/id.js';
import { ms } from './cases/ms.js';
import { sv } from './cases/sv.js';
import { cs } from './cases/cs.js';
import { ro } from './cases/ro.js';
import { hi } from './cases/hi.js';
import { ar } from './cases/ar.js';
import { zh } from './cases/zh.js';
import { ja } from './cases/ja.js';
import { ko } from './cases/ko.js';
import type { LanguageCases } from './cases/types.js';

const CASES: LanguageCases[] = [en, de, fr, es, itCases, pt, nl, pl, ru, uk, tr, id, ms, sv, cs, ro, hi, ar, zh, ja, ko];
const matcher = new PhraseMatcher(PHRASE_FILES);

function kindsMatching(text: string): string[] {
  const norm = normaliseForMatch(text);
  const hits: string[] = [];
  for (const kind of ARTICLE_KINDS) {
    const hit = matcher.match(kind, norm);
    if (hit) hits.push(`${kind} (${hit.lang}/${hit.group}: "${norm.slice(hit.at, hit.at + hit.length).trim()}")`);
  }
  return hits;
}

describe.each(CASES)('phrases $lang', (cases) => {
  const positives = Object.entries(cases.positives).flatMap(([kind, list]) =>
    (list ?? []).map((text) => ({ kind: kind as ArticleKind, text })),
  );

  it.each(positives)('$kind: "$text"', ({ kind, text }) => {
    expect(matcher.match(kind, normaliseForMatch(text)), `${cases.lang} ${kind} should match`).not.toBeNull();
  });

  it.each(cases.negatives.map((text) => ({ text })))('no kind: "$text"', ({ text }) => {
    expect(kindsMatching(text)).toEqual([]);
  });
});

describe('phrase coverage of the cases', () => {
  it('every core language has positive cases for every kind it has phrases for', () => {
    for (const cases of CASES) {
      const kinds = new Set(PHRASE_FILES.filter((f) => f.lang === cases.lang).map((f) => f.kind));
      for (const kind of kinds) {
        expect(cases.positives[kind]?.length ?? 0, `${cases.lang}/${kind} has positive cases`).toBeGreaterThan(0);
      }
    }
  });

  it('reads a group kept to its own language only on pages of that language (or of unknown language)', () => {
    const lecture = normaliseForMatch('Lecture');
    expect(matcher.match('reading-meta', lecture, 'fr')).toMatchObject({ lang: 'fr', group: 'player-and-gallery' });
    expect(matcher.match('reading-meta', lecture, 'en')).toBeNull();
    expect(matcher.match('reading-meta', lecture)).not.toBeNull();
    // A word the languages share is found by the page's own language's group.
    expect(matcher.match('reading-meta', normaliseForMatch('Video'), 'de')).toMatchObject({ lang: 'de' });
    expect(matcher.match('reading-meta', normaliseForMatch('Video'), 'it')).toBeNull();
  });

  it('reports the language and group of a hit', () => {
    const hit = matcher.match('comment-counter', normaliseForMatch('0 Comments'));
    expect(hit).toMatchObject({ kind: 'comment-counter', lang: 'en', group: 'count' });
  });

  it('matches through accents, case, punctuation and look-alike letters', () => {
    expect(matcher.match('share-prompt', normaliseForMatch('PARTAGER CET ARTICLE'))).not.toBeNull();
    expect(matcher.match('advertisement', normaliseForMatch('Publicite'))).not.toBeNull();
    expect(matcher.match('newsletter-signup', normaliseForMatch('Newsletter  abonnieren!!'))).not.toBeNull();
    // Cyrillic "о" and "е" inside a Latin word.
    expect(matcher.match('comment-counter', normaliseForMatch('0 C\u043Emm\u0435nts'))).not.toBeNull();
  });
});

describe('adversarial input', () => {
  // 50 kB of repeated phrase openings and near misses: the compiled patterns are bounded, so every
  // kind finishes. No timing assertion, only that it runs to the end.
  const openings = [
    'share this ',
    'read more ',
    'sign up for our ',
    'follow us on the ',
    'we use ',
    '0 comments 1 2 3 ',
    'subscribe to continue ',
    'lesen sie ',
    'à lire ',
    'suscríbete a nuestro boletín de ',
    'with input from news ',
    'a a a a a a a a ',
    '1 2 3 4 5 6 7 8 9 ',
  ];
  it.each(openings)('completes on %j repeated to 50 kB', (opening) => {
    const text = opening.repeat(Math.ceil(50_000 / opening.length));
    const norm = normaliseForMatch(text);
    for (const kind of ARTICLE_KINDS) matcher.match(kind, norm);
    expect(norm.length).toBeGreaterThan(37_000);
  });
});
