import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, detect } from '../src/index.js';
import { noteSkip, sharedPath } from './helpers/shared.js';

const seedPath = sharedPath('examples', 'seed-article.txt');
if (!seedPath) noteSkip('seed article tests');

const TAIL_KINDS = ['attribution', 'slogan-block', 'syndication-credit', 'share-prompt', 'donation-appeal', 'comment-counter'];

describe.skipIf(!seedPath)('the seed article', () => {
  const seed = seedPath ? readFileSync(seedPath, 'utf8') : '';
  const article = seed.split('\n').slice(0, 14);

  function check(input: string, format?: 'html') {
    const r = clean(input, format ? { format } : undefined);
    expect(r.text.split(/\n+/).filter((l) => l.trim())).toEqual(article);
    expect(r.metadata.source).toBe('TRTWorld and agencies');
    const kinds = new Set(r.removed.map((x) => x.kind));
    for (const k of TAIL_KINDS) expect(kinds, `missing ${k}`).toContain(k);
    return r;
  }

  it('keeps exactly the first 14 lines and removes the tail by kind', () => {
    const r = check(seed);
    expect(r.removed[0]).toMatchObject({ kind: 'attribution', text: 'Source: TRTWorld and agencies' });
    expect(r.removed.filter((x) => x.kind === 'slogan-block').length).toBe(11);
  });

  it('does the same with \\r\\n line ends', () => {
    check(seed.replace(/\n/g, '\r\n'));
  });

  it('does the same as an HTML fragment with one <p> a line', () => {
    const html = seed.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
    const r = check(html, 'html');
    expect(r.html).toContain('<p>Biggest threat to government</p>');
    expect(r.html).not.toContain('Comments');
  });

  it('detect() points at the tail in the input', () => {
    const findings = detect(seed);
    for (const f of findings) expect(seed.slice(f.start, f.end)).toBe(f.text);
    expect(findings[0].start).toBe(seed.indexOf('Source: TRTWorld'));
  });
});
