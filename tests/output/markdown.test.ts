import { describe, expect, it } from 'vitest';
import { clean, createCleaner, extract } from '../../src/index.js';
import { toMarkdown } from '../../src/output/markdown.js';

describe('Markdown output', () => {
  it('is absent unless options.markdown is true', () => {
    expect(clean('<p>A paragraph about the harbour and its ships.</p>').markdown).toBeUndefined();
    expect(clean('<p>A paragraph about the harbour and its ships.</p>', { markdown: true }).markdown).toBe('A paragraph about the harbour and its ships.');
  });

  it('comes from the sanitised html: structure kept, removed blocks and scripts gone', () => {
    const html = '<h2>The harbour</h2><ul><li>one</li><li>two</li></ul><p>Ships <em>came</em> and <strong>went</strong>, see <a href="/report">the report</a>.<script>alert(1)</script></p><p>Share this article</p>';
    const r = clean(html, { markdown: true, url: 'https://news.example/a' });
    expect(r.markdown).toBe('## The harbour\n\n-   one\n-   two\n\nShips _came_ and **went**, see [the report](https://news.example/report).');
    expect(r.removed.map((x) => x.kind)).toContain('share-prompt');
  });

  it('renders tables as pipe tables with the first row as header', () => {
    expect(toMarkdown('<table><tr><th>Town</th><th>Boats</th></tr><tr><td>Kelmsby</td><td>4 | 5</td></tr></table>')).toBe(
      '| Town | Boats |\n| --- | --- |\n| Kelmsby | 4 \\| 5 |',
    );
  });

  it('works for text input, whole pages and a cleaner default', () => {
    expect(clean('First line of a story about ships.\nSecond line about the harbour.', { markdown: true }).markdown).toBe(
      'First line of a story about ships.\n\nSecond line about the harbour.',
    );
    const page = '<html><body><article><h1>Title here</h1><p>The article text is long enough to be the article of this page, with ships.</p></article></body></html>';
    expect(extract(page, { markdown: true }).markdown).toContain('The article text');
    expect(createCleaner({ markdown: true }).clean('<p>Hi there, ships.</p>').markdown).toBe('Hi there, ships.');
    expect(clean('', { markdown: true }).markdown).toBe('');
  });

  it('rejects a non-boolean markdown option', () => {
    expect(() => clean('x', { markdown: 'yes' as never })).toThrow(/deboiler\.clean\(\): expected options\.markdown to be a boolean/);
  });
});
