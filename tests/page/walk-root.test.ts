import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { keptText } from './helpers.js';

const ARTICLE = '<div class="story"><p>The harbour master said on Monday that the old pier will be rebuilt in stone, after two winters of storms left the wooden one unsafe for the fishing boats that use it every morning.</p><p>Work is due to start in the spring and should take about a year, during which the boats will moor at the ferry quay on the other side of the bay.</p></div>';

describe('walk root on broken documents', () => {
  it('finds the article when a page without <html> parses into <head> and <body> side by side', () => {
    const doc = parseDocument(`<!DOCTYPE html><head><meta charset="utf-8"><title>Pier</title><style>${'p{margin:0}'.repeat(200)}</style></head><body>${ARTICLE}</body>`);
    expect(keptText(locateArticle(doc))).toContain('rebuilt in stone');
  });

  it('finds the article when a page without </head> and <body> leaves everything inside <head>', () => {
    const doc = parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier</title><script>var a = 1;</script>${ARTICLE}<footer>Contact us</footer></html>`);
    expect(keptText(locateArticle(doc))).toContain('rebuilt in stone');
  });

  it('does not take a <style> that became the document element for the page', () => {
    const doc = parseDocument(`<style>${'.x{color:red}'.repeat(300)}</style><html><head><title>Pier</title></head><body>${ARTICLE}</body></html>`);
    expect(keptText(locateArticle(doc))).toContain('rebuilt in stone');
  });
});
