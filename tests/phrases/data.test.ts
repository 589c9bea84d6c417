import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PHRASE_FILES, PHRASE_LANGUAGES } from '../../src/phrases/index.js';
import { phraseDataProblems } from '../../src/phrases/validate.js';
import { ARTICLE_KINDS } from '../../src/types.js';

const PHRASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../src/phrases');
const CORE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];
/** Kinds recognised by structure alone: no phrase file is required for them. */
const STRUCTURAL_KINDS = ['slogan-block', 'repeated'];

const languageDirs = readdirSync(PHRASES_DIR).filter((name) => statSync(join(PHRASES_DIR, name)).isDirectory());

describe('phrase data', () => {
  it('has no validation problems', () => {
    expect(phraseDataProblems(PHRASE_FILES)).toEqual([]);
  });

  it('registers every language directory, and only those', () => {
    expect([...PHRASE_LANGUAGES].sort()).toEqual([...languageDirs].sort());
  });

  it('every language index holds exactly the files in its directory', () => {
    const indexSource = readFileSync(join(PHRASES_DIR, 'index.ts'), 'utf8');
    for (const lang of languageDirs) {
      expect(indexSource, `src/phrases/index.ts imports ${lang}`).toContain(`from './${lang}/index.js'`);
      const onDisk = readdirSync(join(PHRASES_DIR, lang))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
        .map((f) => f.slice(0, -3))
        .sort();
      const registered = PHRASE_FILES.filter((f) => f.lang === lang)
        .map((f) => f.kind)
        .sort();
      expect(registered, `${lang}/index.ts registers the files of src/phrases/${lang}/`).toEqual(onDisk);
    }
  });

  it('each <lang>/<kind>.ts declares that language and that kind', () => {
    for (const lang of languageDirs) {
      for (const file of readdirSync(join(PHRASES_DIR, lang)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        const kind = file.slice(0, -3);
        const source = readFileSync(join(PHRASES_DIR, lang, file), 'utf8');
        expect(source, `${lang}/${file}`).toContain(`definePhrases('${lang}', '${kind}',`);
        expect(ARTICLE_KINDS as readonly string[], `${lang}/${file} is named after a kind`).toContain(kind);
      }
    }
  });

  it.each(CORE_LANGUAGES)('%s covers every phrase kind', (lang) => {
    const kinds = new Set(PHRASE_FILES.filter((f) => f.lang === lang).map((f) => f.kind));
    const missing = ARTICLE_KINDS.filter((k) => !STRUCTURAL_KINDS.includes(k) && !kinds.has(k));
    expect(missing).toEqual([]);
  });

  it('keeps group ids stable across languages: the same concept has the same id', () => {
    // Not a hard rule (a concept may exist in one language only), but every id is kebab-case and
    // each file's ids are unique; here we only check that no file repeats an id under another kind.
    for (const file of PHRASE_FILES) {
      const ids = file.groups.map((g) => g.id);
      expect(new Set(ids).size, `${file.lang}/${file.kind}`).toBe(ids.length);
    }
  });
});
