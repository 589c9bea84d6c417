import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const DIR = resolve(__dirname, '../fixtures/text-pages');

interface Fixture {
  name: string;
  input: string;
  article: string[];
  boilerplate: { text: string; kind: string | null }[];
}

/** `<mark> <text>` per line: `+` article, `-` removed, or the kind it must be removed as. */
function load(name: string): Fixture {
  const article: string[] = [];
  const boilerplate: Fixture['boilerplate'] = [];
  const lines: string[] = [];
  for (const raw of readFileSync(resolve(DIR, name), 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const space = raw.indexOf(' ');
    const mark = raw.slice(0, space);
    const text = raw.slice(space + 1);
    lines.push(text);
    if (mark === '+') article.push(text);
    else boilerplate.push({ text, kind: mark === '-' ? null : mark });
  }
  return { name, input: lines.join('\n'), article, boilerplate };
}

const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map(load);

describe('extract() on visible-text dumps', () => {
  it('has fixtures in English and German, with and without page chrome', () => {
    const names = fixtures.map((f) => f.name);
    expect(names.some((n) => n.startsWith('en-'))).toBe(true);
    expect(names.some((n) => n.startsWith('de-'))).toBe(true);
    expect(fixtures.some((f) => f.boilerplate.length === 0)).toBe(true);
  });

  for (const fx of fixtures) {
    describe(fx.name, () => {
      const result = extract(fx.input, { format: 'text' });

      it('keeps exactly the article lines', () => {
        expect(result.text.split('\n\n').filter(Boolean)).toEqual(fx.article);
      });

      it('lists every boilerplate line in removed, with its kind', () => {
        const removed = new Map(result.removed.map((r) => [r.text, r]));
        for (const b of fx.boilerplate) {
          const r = removed.get(b.text);
          expect(r, `not removed: ${b.text}`).toBeDefined();
          if (b.kind) expect(r!.kind, b.text).toBe(b.kind);
        }
        expect(result.removed.length).toBe(fx.boilerplate.length);
      });

      it('gives every page-level removal a text-page rule id and a reason', () => {
        for (const r of result.removed) {
          expect(r.reason.length).toBeGreaterThan(10);
          expect(r.ruleId).toMatch(/^[a-z-]+\/[a-z-]+$/);
        }
      });

      it('reads the same with format auto, the input having no markup', () => {
        expect(extract(fx.input).text).toBe(result.text);
      });
    });
  }
});
