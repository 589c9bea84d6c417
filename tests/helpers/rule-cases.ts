import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/cleaner/engine.js';
import { computeFeatures } from '../../src/features/compute.js';
import { parseFragment } from '../../src/parse/html.js';
import { splitLines } from '../../src/parse/lines.js';
import type { Rule, RuleContext, Verdict } from '../../src/rules/rule.js';
import { htmlBlocks } from '../../src/segment/html-blocks.js';
import { textBlocks } from '../../src/segment/text-blocks.js';

/** One case: a document (lines of text, or HTML when it starts with `<`) and the block to judge. */
export interface RuleCase {
  doc: string | string[];
  /** Index of the judged block; default the last block. */
  at?: number;
  /** For invalid cases: the least confidence the verdict must have. Default 0.8. */
  min?: number;
  /** For invalid cases: the expected source (attribution). */
  source?: string;
  lang?: string;
}

export function contextFor(doc: string | string[], lang = 'en'): RuleContext {
  const text = Array.isArray(doc) ? doc.join('\n') : doc;
  const engine = buildEngine('test', undefined);
  const blocks = text.trimStart().startsWith('<') ? htmlBlocks(parseFragment(text)) : textBlocks(splitLines(text));
  return { blocks, features: computeFeatures(blocks, engine.phrases, lang), lang, phrases: engine.phrases };
}

export function verdictOf(rule: Rule, c: RuleCase): Verdict | null | undefined {
  const context = contextFor(c.doc, c.lang);
  const at = c.at ?? context.blocks.length - 1;
  return rule.test(context.blocks[at], at, context);
}

function label(c: RuleCase): string {
  const text = Array.isArray(c.doc) ? c.doc[c.at ?? c.doc.length - 1] : c.doc;
  return JSON.stringify(text.length > 70 ? text.slice(0, 70) + '…' : text);
}

/**
 * ESLint-style table: `valid` cases are blocks the rule must leave alone, `invalid` ones blocks it
 * must flag with at least `min` confidence.
 */
export function ruleCases(rule: Rule, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(rule.id, () => {
    it('has both valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`leaves ${label(c)}`, () => {
        const v = verdictOf(rule, c);
        expect(v ?? null, v ? `flagged: ${v.reason}` : '').toBeNull();
      });
    }
    for (const c of cases.invalid) {
      it(`flags ${label(c)}`, () => {
        const v = verdictOf(rule, c);
        expect(v, 'no verdict').toBeTruthy();
        expect(v!.confidence).toBeGreaterThanOrEqual(c.min ?? 0.8);
        if (c.source !== undefined) expect(v!.source).toBe(c.source);
      });
    }
  });
}
