import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, detect, extract } from '../../src/index.js';
import { matchers, toBeFreeOfBoilerplate, toHaveRemoved, toKeep } from '../../src/vitest/index.js';

expect.extend(matchers);

const ARTICLE = [
  'The harbour authority said on Monday that the old ferry would return to service next spring after a long refit.',
  'Engineers replaced the engine and the steering gear, and inspectors approved the hull in March this year.',
];
const TAIL = ['Share this article', '0 Comments'];
const DIRTY = [...ARTICLE, ...TAIL].join('\n');
const CLEAN = ARTICLE.join('\n');

/** The message an assertion fails with. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('toBeFreeOfBoilerplate', () => {
  it('passes for a clean article, text or HTML', () => {
    expect(CLEAN).toBeFreeOfBoilerplate();
    expect(ARTICLE.map((p) => `<p>${p}</p>`).join('')).toBeFreeOfBoilerplate();
    expect(DIRTY).not.toBeFreeOfBoilerplate();
  });

  it('fails with kind, rule and the offending line of each finding', () => {
    const message = failure(() => expect(DIRTY).toBeFreeOfBoilerplate());
    expect(message).toBe(
      'expected the input to be free of boilerplate, but detect() found 2 blocks:\n' +
        '  share-prompt     share-prompt/phrase     line 3: Share this article\n' +
        '  comment-counter  comment-counter/phrase  line 4: 0 Comments',
    );
  });

  it('gives source lines for HTML and says so when negated', () => {
    const html = `<p>${ARTICLE[0]}</p>\n<p>${ARTICLE[1]}</p>\n\n<p>Share this article</p>`;
    expect(failure(() => expect(html).toBeFreeOfBoilerplate())).toMatch(/share-prompt\s+share-prompt\/phrase\s+line 4: Share this article$/);
    expect(failure(() => expect(CLEAN).not.toBeFreeOfBoilerplate())).toBe('expected the input to hold boilerplate, but detect() found none');
  });

  it('passes options to detect()', () => {
    expect(DIRTY).toBeFreeOfBoilerplate({ keep: ['share-prompt', 'comment-counter'] });
    expect(DIRTY).toBeFreeOfBoilerplate({ rules: { disable: ['share-prompt/phrase', 'comment-counter/phrase', 'comment-counter/bare-count'] } });
  });

  it('rejects what is not a document', () => {
    expect(() => expect(42).toBeFreeOfBoilerplate()).toThrow(/toBeFreeOfBoilerplate\(\): expected the received value to be a string or bytes/);
  });
});

describe('toHaveRemoved', () => {
  it('passes for a Result, a removed list or findings holding the kind', () => {
    expect(clean(DIRTY)).toHaveRemoved('share-prompt');
    expect(clean(DIRTY).removed).toHaveRemoved('comment-counter');
    expect(detect(DIRTY)).toHaveRemoved('share-prompt');
    expect(clean(DIRTY)).not.toHaveRemoved('paywall');
  });

  it('fails naming the kinds that were removed instead', () => {
    expect(failure(() => expect(clean(DIRTY)).toHaveRemoved('paywall'))).toBe(
      'expected a paywall block to be removed, but only these kinds were: share-prompt (1), comment-counter (1)',
    );
    expect(failure(() => expect(clean(CLEAN)).toHaveRemoved('paywall'))).toBe('expected a paywall block to be removed, but nothing was removed');
  });

  it('fails under .not listing the blocks of that kind', () => {
    expect(failure(() => expect(clean(DIRTY)).not.toHaveRemoved('share-prompt'))).toBe(
      'expected no share-prompt block to be removed, but 1 was:\n  share-prompt/phrase  Share this article',
    );
  });

  it('rejects an unknown kind and a received value that is not a result', () => {
    expect(() => expect(clean(DIRTY)).toHaveRemoved('share' as never)).toThrow(/toHaveRemoved\(\): expected a kind \(attribution, .*\), got the string "share"/);
    expect(() => expect('text').toHaveRemoved('share-prompt')).toThrow(/expected the received value to be a Result/);
  });
});

describe('toKeep', () => {
  it('passes when the cleaned text holds the words, whitespace aside', () => {
    expect(DIRTY).toKeep('the old ferry would return');
    expect(DIRTY).toKeep('the old   ferry\nwould return');
    expect(clean(DIRTY)).toKeep('inspectors approved the hull');
    expect(DIRTY).not.toKeep('Share this article');
  });

  it('fails naming the kind, rule and reason that removed the text', () => {
    expect(failure(() => expect(DIRTY).toKeep('Share this article'))).toBe(
      'expected "Share this article" to be kept, but it was removed as share-prompt by share-prompt/phrase: matches the en phrase group "share-this"\n' +
        '  block: Share this article',
    );
  });

  it('fails showing the kept text when the words were never there', () => {
    expect(failure(() => expect(CLEAN).toKeep('a submarine'))).toMatch(/^expected "a submarine" to be kept, but it is not in the kept text: "The harbour authority/);
    expect(failure(() => expect(DIRTY).not.toKeep('old ferry'))).toBe('expected "old ferry" to be removed, but it was kept');
  });

  it('reads a whole page as extract() does', () => {
    const page = `<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(page).toKeep(ARTICLE[1]);
    expect(page).not.toKeep('Home News');
    expect(extract(page)).toHaveRemoved('navigation');
  });

  it('rejects an empty text to look for', () => {
    expect(() => expect(DIRTY).toKeep('  ')).toThrow(/toKeep\(\): expected the text to look for to be a non-empty string/);
  });
});

describe('as asymmetric matchers', () => {
  it('work inside toEqual', () => {
    expect({ body: CLEAN, result: clean(DIRTY) }).toEqual({
      body: expect.toBeFreeOfBoilerplate(),
      result: expect.toHaveRemoved('share-prompt'),
    });
  });
});

describe('outside vitest', () => {
  it('are plain functions returning { pass, message }, called as jest calls them', () => {
    const jestContext = { isNot: false, promise: '', equals: () => false, utils: {} };
    const r = toBeFreeOfBoilerplate.call(jestContext, DIRTY);
    expect(r.pass).toBe(false);
    expect(r.message()).toContain('share-prompt/phrase');
    expect(toHaveRemoved.call(jestContext, clean(DIRTY), 'share-prompt').pass).toBe(true);
    expect(toKeep.call(jestContext, DIRTY, 'old ferry').pass).toBe(true);
  });

  it('import nothing from vitest at run time', () => {
    const out = buildSync({
      entryPoints: [join(__dirname, '../../src/vitest/index.ts')],
      bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent',
      external: ['vitest', '@vitest/*', 'linkedom', 'sanitize-html', 'turndown'],
    });
    const imports = Object.values(out.metafile!.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((p) => /vitest/.test(p))).toEqual([]);
  });
});
