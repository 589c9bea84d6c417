import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/html.js';
import { isoDate, pageMetadata } from '../../src/page/metadata.js';
import { fixture } from './helpers.js';

describe('pageMetadata', () => {
  it('reads meta tags, strips the site name from the title, resolves the canonical url', () => {
    const m = pageMetadata(fixture('comments-and-teasers.html'), 'https://courier.example/x?utm=1');
    expect(m.title).toBe('Harbour town votes to restore its old ferry');
    expect(m.author).toBe('Mira Okafor');
    expect(m.published).toBe('2023-04-12T09:30:00.000Z');
    expect(m.siteName).toBe('The Lakeside Courier');
    expect(m.lang).toBe('en');
    expect(m.url).toBe('https://courier.example/news/ferry-restored');
    expect(m.description).toBe('Councillors backed a plan to bring the ferry back into service.');
  });

  it('reads JSON-LD @graph articles with several authors', () => {
    const m = pageMetadata(fixture('json-ld-truncated.html'), 'https://notes.example/birds');
    expect(m.title).toBe("Volunteers map the river's birds");
    expect(m.author).toBe('Jonas Berg, Ada Lind');
    expect(m.published).toBe('2022-11-03T07:00:00.000Z');
    expect(m.siteName).toBe('Riverside Notes');
    expect(m.url).toBe('https://notes.example/birds');
  });

  it('uses <html lang>, the <title> and a meta author on a page without Open Graph', () => {
    const m = pageMetadata(fixture('russian-hidden.html'));
    expect(m.lang).toBe('ru');
    expect(m.title).toBe('В городе открылся новый каток');
    expect(m.author).toBe('Анна Петрова');
    expect(m.url).toBeUndefined();
  });

  it('German page: title without the site suffix', () => {
    const m = pageMetadata(fixture('german.html'));
    expect(m.title).toBe('Stadtbibliothek verlängert Öffnungszeiten');
    expect(m.siteName).toBe('Kreisbote');
    expect(m.lang).toBe('de');
    expect(m.published).toBe('2021-09-01T04:00:00.000Z');
  });

  it('falls back to a visible byline and tolerates broken JSON-LD', () => {
    const doc = parseDocument('<html><head><script type="application/ld+json">{"@type": "NewsArticle",,}</script></head><body><h1>Only a heading</h1><span class="byline">By Lena Frost</span></body></html>');
    const m = pageMetadata(doc);
    expect(m.title).toBe('Only a heading');
    expect(m.author).toBe('Lena Frost');
  });

  it('isoDate keeps plain dates and rejects nonsense', () => {
    expect(isoDate('2020-02-29')).toBe('2020-02-29');
    expect(isoDate('not a date')).toBeUndefined();
    expect(isoDate('0001-01-01T00:00:00Z')).toBeUndefined();
  });
});
