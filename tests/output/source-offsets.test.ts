import { describe, expect, it } from 'vitest';
import { sourceOffsets } from '../../src/output/source-offsets.js';
import { visibleText } from '../../src/output/visible-text.js';

const slices = (source: string, texts: string[]) => sourceOffsets(source, texts).map(([s, e]) => (s < 0 ? null : source.slice(s, e)));

describe('visibleText', () => {
  it('drops tags, comments and raw-text elements, decodes references and maps each character back', () => {
    const source = '<p title="a>b">caf&eacute;<!-- x --> <b>Z</b>&#252;rich</p><SCRIPT>no</script ><p>&amp;&bogus;</p>';
    const v = visibleText(source);
    expect(v.text).toBe('\ncafé Zürich\n\n&&bogus;\n');
    const e = v.text.indexOf('é');
    expect(source.slice(v.at[e], v.endOf(e))).toBe('&eacute;');
    const z = v.text.indexOf('ü');
    expect(source.slice(v.at[z], v.endOf(z))).toBe('&#252;');
  });
});

describe('sourceOffsets', () => {
  it('steps over an earlier block that starts like the wanted one, given every block in order', () => {
    const source = '<p>Share this article with the board, said the chair.</p><p>Share this article</p>';
    const [, removed] = sourceOffsets(source, ['Share this article with the board, said the chair.', 'Share this article']);
    expect(removed).toEqual([source.lastIndexOf('Share'), source.length - 4]);
  });

  it('scans forward: a repeated block is found at its next place each time', () => {
    const source = '<p>Share</p><p>Body text here</p><p>Share</p>';
    const [[a], [b]] = sourceOffsets(source, ['Share', 'Share']);
    expect([a, b]).toEqual([3, source.lastIndexOf('Share')]);
  });

  it('falls back to the words in order when hidden text sits between them', () => {
    const source = '<p>Share <span hidden>secret</span> this article</p>';
    expect(slices(source, ['Share this article'])).toEqual(['Share <span hidden>secret</span> this article']);
  });

  it('finds both halves of a glued join', () => {
    const source = '<p>Source: AFP and agenciesSocial media is bold.</p>';
    expect(slices(source, ['Source: AFP and agencies', 'Social media is bold.'])).toEqual(['Source: AFP and agencies', 'Social media is bold']);
  });

  it('gives -1 for text with no words or words that are not there', () => {
    expect(sourceOffsets('<p>Hello</p>', ['…', 'Goodbye'])).toEqual([[-1, -1], [-1, -1]]);
  });

  it('stays fast when no block matches exactly (a reference the scan does not decode in each)', () => {
    // Before matching by hand, each block compiled a regex over its words: this took minutes.
    const n = 5000;
    const source = Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} says I &hearts; ferries.</p>`).join('');
    const texts = Array.from({ length: n }, (_, i) => `Paragraph ${i} says I ♥ ferries.`);
    const t = performance.now();
    const offsets = sourceOffsets(source, texts);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(source.slice(...offsets[n - 1])).toBe(`Paragraph ${n - 1} says I &hearts; ferries`);
  });

  it('is linear enough for a long page', () => {
    const source = '<div>' + '<p>Paragraph of ordinary words &amp; more</p><script>x</script>'.repeat(20000) + '<p>Share this article</p></div>';
    const t = performance.now();
    expect(slices(source, ['Share this article'])).toEqual(['Share this article']);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
