import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/rules/registry.js';
import type { Rule, Verdict } from '../../src/rules/rule.js';
import { contextFor } from '../helpers/rule-cases.js';

// A short article for the examples to follow: they are judged where boilerplate usually stands.
const ARTICLE = [
  'The harbour authority said on Monday that the old ferry would return to service next spring after a long refit.',
  'Engineers replaced the engine and the steering gear, and inspectors approved the hull in March this year.',
  'The first crossing is planned for April, and tickets will cost the same as they did before the ferry stopped.',
];
const LEAST_CONFIDENCE = 0.5;

/** The rule's verdict on each block the example adds after the article. */
function verdictsOnExample(rule: Rule, example: string): (Verdict | null)[] {
  const html = example.trimStart().startsWith('<');
  const doc = html ? ARTICLE.map((p) => `<p>${p}</p>`).join('') + example : [...ARTICLE, ...example.split('\n')];
  const context = contextFor(doc);
  const articleBlocks = ARTICLE.length;
  expect(context.blocks.length, 'the example adds no block').toBeGreaterThan(articleBlocks);
  return context.blocks.slice(articleBlocks).map((b) => rule.test(b, b.index, context) ?? null);
}

describe('rule examples', () => {
  for (const rule of BUILTIN_RULES) {
    describe(rule.id, () => {
      it('has a kept and a removed example', () => {
        expect(rule.examples?.kept.trim(), 'examples.kept').toBeTruthy();
        expect(rule.examples?.removed.trim(), 'examples.removed').toBeTruthy();
      });

      it('flags every block of examples.removed after a short article', () => {
        const verdicts = verdictsOnExample(rule, rule.examples!.removed);
        for (const v of verdicts) {
          expect(v, 'no verdict').not.toBeNull();
          expect(v!.confidence).toBeGreaterThanOrEqual(LEAST_CONFIDENCE);
        }
      });

      it('leaves every block of examples.kept alone', () => {
        for (const v of verdictsOnExample(rule, rule.examples!.kept)) expect(v, v ? `flagged: ${v.reason}` : '').toBeNull();
      });
    });
  }
});
