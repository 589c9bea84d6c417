import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRuleDocs } from '../scripts/render-rule-docs.js';
import { BUILTIN_RULES } from '../src/rules/registry.js';
import type { Rule } from '../src/rules/rule.js';

const DOCS = join(__dirname, '..', 'docs', 'rules.md');

describe('docs/rules.md', () => {
  it('is what npm run docs would write now', () => {
    const fresh = renderRuleDocs();
    const stored = readFileSync(DOCS, 'utf8');
    // One expectation with a fix in its message rather than a long diff first.
    expect(stored === fresh, 'docs/rules.md is stale: run `npm run docs` and commit it').toBe(true);
  });

  it('documents every rule with its kind, languages and both examples', () => {
    const md = renderRuleDocs();
    for (const r of BUILTIN_RULES) {
      const section = md.slice(md.indexOf(`#### ${r.id}\n`));
      expect(section, r.id).toContain(r.description);
      expect(section).toContain(r.examples!.removed);
      expect(section).toContain(r.examples!.kept);
    }
  });

  it('fences an example that holds backticks and escapes pipes in tables', () => {
    const rule: Rule = {
      id: 'advertisement/test', kind: 'advertisement', languages: '*', description: 'a | b',
      examples: { kept: 'code ``` here', removed: 'Sponsored' },
      test: () => null,
    };
    const md = renderRuleDocs([rule], []);
    expect(md).toContain('| a \\| b |');
    expect(md).toContain('````text\ncode ``` here\n````');
  });
});
