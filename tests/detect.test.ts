import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, createCleaner, detect, extract, type Finding } from '../src/index.js';

const PARAGRAPHS = [
  'The harbour authority said on Monday that the old ferry would return to service next spring after a long refit.',
  'Engineers replaced the engine and the steering gear, and inspectors approved the hull in March this year.',
];
const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => text.match(WORD) ?? [];

/** The spec for HTML offsets: the slice starts with the block's first word and ends with its last. */
function expectSpansWords(input: string, f: Finding): void {
  const w = words(f.text);
  const slice = input.slice(f.start, f.end);
  expect(f.start, `not found: ${f.text}`).toBeGreaterThanOrEqual(0);
  // Where a character reference sits inside the first or last word, the raw slice shows the reference.
  if (!slice.startsWith('&')) expect(slice.startsWith(w[0]), `${JSON.stringify(slice.slice(0, 40))} should start with ${w[0]}`).toBe(true);
  if (!slice.endsWith(';')) expect(slice.endsWith(w[w.length - 1]), `${JSON.stringify(slice.slice(-40))} should end with ${w[w.length - 1]}`).toBe(true);
}

function expectInOrder(findings: readonly Finding[]): void {
  for (let i = 1; i < findings.length; i++) expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].end);
}

describe('detect() on text', () => {
  const doc = [...PARAGRAPHS, 'Source: TRTWorld and agenciesSocial media is bold.', 'Social media is young.', 'Social media is you.', 'Share this article', '0 Comments'].join('\r\n');

  it('gives offsets that slice back to each block, in document order', () => {
    const findings = detect(doc);
    expect(findings.map((f) => f.kind)).toEqual(['attribution', 'slogan-block', 'slogan-block', 'slogan-block', 'share-prompt', 'comment-counter']);
    for (const f of findings) expect(doc.slice(f.start, f.end)).toBe(f.text);
    expectInOrder(findings);
  });

  it('cuts glued joins at the join', () => {
    const [source, slogan] = detect(doc);
    expect(source.text).toBe('Source: TRTWorld and agencies');
    expect(slogan.start).toBe(source.end);
    expect(doc.slice(slogan.start, slogan.end)).toBe('Social media is bold.');
  });

  it('names kind, rule and reason, and agrees with what clean() removes', () => {
    const findings = detect(doc);
    for (const f of findings) {
      expect(f.ruleId).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(f.reason.length).toBeGreaterThan(5);
    }
    expect(findings.map(({ kind, text, ruleId, reason }) => ({ kind, text, ruleId, reason }))).toEqual(clean(doc).removed);
  });

  it('is stable: same input, same findings', () => {
    expect(detect(doc)).toEqual(detect(doc));
    expect(createCleaner().detect(doc)).toEqual(detect(doc));
  });

  it('counts offsets in UTF-16 code units of the input as given', () => {
    const emoji = ['🚢 ' + PARAGRAPHS[0], '😀 ' + PARAGRAPHS[1], 'Share this article'].join('\n');
    const [f] = detect(emoji);
    expect(emoji.slice(f.start, f.end)).toBe('Share this article');
  });

  it('reports offsets into the decoded string for byte input', () => {
    const text = [...PARAGRAPHS, 'Share this article'].join('\n');
    const [f] = detect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(text.slice(f.start, f.end)).toBe('Share this article');
  });

  it('finds nothing in a clean article', () => {
    expect(detect(PARAGRAPHS.join('\n'))).toEqual([]);
  });
});

describe('detect() on HTML fragments', () => {
  const article = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

  it('points from the first word to the last, past inline markup', () => {
    const html = `${article}<p class="share"><a href="/share?article=1">Share</a> this <em>article</em></p>`;
    const [f] = detect(html);
    expect(f.kind).toBe('share-prompt');
    expect(html.slice(f.start, f.end)).toBe('Share</a> this <em>article');
  });

  it('never matches a word inside a tag, an attribute, a script or a longer word', () => {
    const html = `<p data-note="Share this article">Shareholders met.</p><script>var t = "Share this article";</script>${article}<p>Share this article</p>`;
    const [f] = detect(html);
    expect(html.slice(f.start, f.end)).toBe('Share this article');
    expect(f.start).toBe(html.lastIndexOf('Share this article'));
  });

  it('decodes character references between and inside words', () => {
    const html = `${article}<p>Source: Reuters &amp; AFP</p><p>Partager l&#8217;article&nbsp;sur Facebook</p>`;
    const findings = detect(html);
    expect(findings.map((f) => html.slice(f.start, f.end))).toEqual(['Source: Reuters &amp; AFP', 'Partager l&#8217;article&nbsp;sur Facebook']);
  });

  it('gives -1 only when a word cannot be found at all', () => {
    // An unknown named reference inside the first word: the block's text has the decoded letter.
    const html = `${article}<p>&Scy;hare this article</p>`;
    for (const f of detect(html)) expect(f.start === -1 ? f.end : 0).toBe(f.start === -1 ? -1 : 0);
  });

  it('agrees with what clean() removes', () => {
    const html = `${article}<p>Share this article</p><p>0 Comments</p>`;
    expect(detect(html).map(({ start, end, ...r }) => r)).toEqual(clean(html).removed);
  });
});

describe('detect() on whole pages', () => {
  const dir = join(__dirname, 'fixtures', 'pages');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    it(`${name}: every finding found, in document order, spanning its words, as extract() removes`, () => {
      const html = readFileSync(join(dir, name), 'utf8');
      const findings = detect(html);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expectSpansWords(html, f);
      expectInOrder(findings);
      expect(findings.map(({ start, end, ...r }) => r)).toEqual(extract(html).removed);
    });
  }

  it('reports page regions before, inside and after the article in the order the page has them', () => {
    const html = readFileSync(join(dir, 'comments-and-teasers.html'), 'utf8');
    expect(detect(html).map((f) => f.kind)).toEqual(['header', 'page-chrome', 'page-chrome', 'page-chrome', 'comments', 'sidebar', 'footer']);
  });

  it('gives page regions the text of their blocks, not their glued textContent', () => {
    const html = readFileSync(join(dir, 'comments-and-teasers.html'), 'utf8');
    expect(detect(html)[0].text).toBe('The Lakeside Courier News Sport Weather Opinion');
  });
});
