import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, createCleaner, detect, explain, extract, type Rule } from '../src/index.js';
import { matchers } from '../src/vitest/index.js';

expect.extend(matchers);

const ARTICLE = [
  'The harbour authority said on Monday that the old ferry would return to service next spring after a long refit.',
  'Engineers replaced the engine and the steering gear, and inspectors approved the hull in March this year.',
];
const DOC = [...ARTICLE, 'Share this article', 'Tags: ferries, harbour', '0 Comments'].join('\n');

// A site's own promo line, which no built-in rule knows.
const PROMO = 'CMS slot 7: Harbour Tours Ltd';
const promoted: Rule = {
  id: 'my-site/promo-slot',
  kind: 'advertisement',
  languages: '*',
  description: 'Our CMS marks paid slots with "CMS slot N:".',
  test: (block) => (/^CMS slot \d+:/.test(block.text) ? { confidence: 0.9, reason: 'a CMS promo slot' } : null),
};

describe('options.keep', () => {
  it('keeps every listed kind and only those, context labels included', () => {
    const r = clean(DOC, { keep: ['tags', 'share-prompt'] });
    expect(r).toKeep('Tags: ferries, harbour');
    expect(r).toKeep('Share this article');
    expect(r).not.toHaveRemoved('tags');
    expect(r).toHaveRemoved('comment-counter');
  });

  it('steers detect() and explain() the same way', () => {
    expect(detect(DOC, { keep: ['tags'] })).not.toHaveRemoved('tags');
    expect(explain(DOC, { keep: ['tags'] })).not.toContain('class="removed kind-tags"');
    expect(explain(DOC)).toContain('class="removed kind-tags"');
  });

  it('keeps page regions inside the article (page-chrome here) for the article rules to judge', () => {
    const page = readFileSync(join(__dirname, 'fixtures', 'pages', 'comments-and-teasers.html'), 'utf8');
    expect(extract(page)).toHaveRemoved('page-chrome');
    const kept = extract(page, { keep: ['page-chrome'] });
    expect(kept).not.toHaveRemoved('page-chrome');
    expect(kept).toKeep('By Mira Okafor');
    // The share bar was page chrome; kept as such, the share-prompt rule still takes it.
    expect(kept).toHaveRemoved('share-prompt');
  });
});

describe('options.rules', () => {
  it('disable switches a built-in rule off by id, and nothing else', () => {
    const findings = detect(DOC, { rules: { disable: ['tags/label-line'] } });
    expect(findings.map((f) => f.ruleId)).not.toContain('tags/label-line');
    expect(findings).toHaveRemoved('share-prompt');
    // Inside the article no other rule or context speaks for the line.
    const inside = [ARTICLE[0], 'Tags: ferries, harbour', ARTICLE[1]].join('\n');
    expect(inside).not.toKeep('Tags: ferries, harbour');
    expect(inside).toKeep('Tags: ferries, harbour', { rules: { disable: ['tags/label-line'] } });
  });

  it('add runs custom rules, named in findings and reports', () => {
    const doc = `${ARTICLE.join('\n')}\n${PROMO}`;
    expect(doc).toBeFreeOfBoilerplate();
    const cleaner = createCleaner({ rules: { add: [promoted] } });
    const [f] = cleaner.detect(doc);
    expect(f).toMatchObject({ kind: 'advertisement', ruleId: 'my-site/promo-slot', reason: 'a CMS promo slot', text: PROMO });
    expect(cleaner.explain(doc)).toContain('data-rule="my-site/promo-slot"');
    expect(doc).not.toBeFreeOfBoilerplate({ rules: { add: [promoted] } });
  });

  it('custom rules need no examples, languages or description', () => {
    const bare = { id: 'x/promoted', kind: 'advertisement', test: promoted.test } as unknown as Rule;
    expect(clean(`${ARTICLE.join('\n')}\n${PROMO}`, { rules: { add: [bare] } })).toHaveRemoved('advertisement');
  });

  it('per-call options replace the cleaner\'s for the same key', () => {
    const cleaner = createCleaner({ keep: ['tags'] });
    expect(cleaner.clean(DOC)).not.toHaveRemoved('tags');
    expect(cleaner.clean(DOC, { keep: [] })).toHaveRemoved('tags');
  });

  it('names the bad value in a TypeError', () => {
    expect(() => detect(DOC, { rules: { disable: ['tags/no-such-rule'] } })).toThrow(/deboiler\.detect\(\): options\.rules\.disable names no built-in rule: the string "tags\/no-such-rule"/);
    expect(() => explain(DOC, { keep: ['nav' as never] })).toThrow(/deboiler\.explain\(\): expected options\.keep to hold kinds/);
  });
});
