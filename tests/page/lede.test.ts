import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { namesLede } from '../../src/page/lede.js';
import { hintWords } from '../../src/page/hints.js';
import { parseDocument } from '../../src/parse/html.js';

const words = (cls: string): string[] => hintWords(parseDocument(`<div class="${cls}"></div>`).querySelector('div')!);

describe('namesLede', () => {
  it.each([
    ['entry-excerpt', true],
    ['teaser-text', true],
    ['article-teaser', true],
    ['news-single-teaser', true],
    ['epigraph', true],
    ['article__vorspann', true],
    ['af-chapo', true],
    ['texto-bajada', true],
    ['entradilla', true],
  ])('%s names the opening summary: %s', (cls, want) => {
    expect(namesLede(words(cls))).toBe(want);
  });

  // Same topic, not a lede of the article's own text: decks set with the headline, a site's
  // tagline, the pictures and links of teaser boxes.
  it.each([
    ['article-dek', false],
    ['standfirst', false],
    ['entry-subtitle', false],
    ['article-summary', false],
    ['article__lead', false],
    ['site-description', false],
    ['teaser-image', false],
    ['teaser-link', false],
    ['teaser-title', false],
    ['excerpt-more', false],
    ['leader-board', false],
  ])('%s does not: %s', (cls, want) => {
    expect(namesLede(words(cls))).toBe(want);
  });
});

const LEDE = 'The county will close the old landfill next summer and turn it into a meadow, ending a long dispute.';
const BODY = [
  'The council voted on Thursday to cover the site with soil and plant grass on it, after the villages around it had complained for more than a decade about the smell and the lorries.',
  'Work on the cover will start in the autumn, and the first paths for walkers are due to open two years later, once the grass has taken hold on the new soil and the drains are in.',
  'The council expects the project to cost less than keeping the landfill open, since the gas it gives off will be collected and sold to the power station nearby for years to come.',
].map((p) => `<p>${p}</p>`).join('');

function page(header: string, between = ''): string {
  return `<!doctype html><html lang="en"><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>`
    + `<main><article><header><h1>Landfill to become a meadow</h1>${header}<p class="byline">By Ann Lee, 3 May</p></header>${between}`
    + `<div class="article-body">${BODY}</div><aside class="related"><a href="/x">Another story about the county budget and its roads</a></aside></article></main>`
    + '<footer>Copyright 2024 County News</footer></body></html>';
}

describe('extract: the article lede beside the body', () => {
  it('keeps a lede the markup calls the excerpt, before the body and without the headline or byline', () => {
    const { text, removed } = extract(page(`<div class="entry-excerpt"><p>${LEDE}</p></div>`));
    expect(text.startsWith(LEDE)).toBe(true);
    expect(text).toContain('sold to the power station');
    expect(text).not.toContain('By Ann Lee');
    expect(text).not.toContain('Another story');
    expect(removed.some((r) => r.ruleId === 'page/beside-lede')).toBe(true);
  });

  it('leaves out a byline printed inline beside the lede', () => {
    const { text } = extract(page(`<div class="entry-excerpt"><p>${LEDE}</p></div><span class="author">Written by Tom Reed</span>`));
    expect(text).toContain(LEDE);
    expect(text).not.toContain('Tom Reed');
  });

  it('leaves out a deck set with the headline', () => {
    const { text } = extract(page(`<p class="article-dek">${LEDE}</p>`));
    expect(text).not.toContain(LEDE);
    expect(text).toContain('sold to the power station');
  });

  it('leaves out a teaser far before the body, past a block of other text', () => {
    const far = '<div class="box">' + 'Weather for the weekend: sunny spells in the morning, showers later in the day. '.repeat(6) + '</div>';
    const { text } = extract(page(`<p class="teaser">${LEDE}</p>`, far));
    expect(text).not.toContain(LEDE);
  });

  it('leaves out a linked teaser (a story card) and a teaser in a picture caption', () => {
    expect(extract(page(`<p class="teaser"><a href="/old">${LEDE}</a></p>`)).text).not.toContain(LEDE);
    expect(extract(page(`<figure><img src="a.jpg"><figcaption class="teaser">${LEDE}</figcaption></figure>`)).text).not.toContain(LEDE);
  });
});

describe('extract: a plain paragraph as the lede', () => {
  it('keeps an unnamed paragraph of sentences between the headline and the body', () => {
    const { text, removed } = extract(page(`<p>${LEDE}</p>`));
    expect(text.startsWith(LEDE)).toBe(true);
    expect(text).toContain('sold to the power station');
    expect(text).not.toContain('By Ann Lee');
    expect(removed.some((r) => r.ruleId === 'page/beside-lede')).toBe(true);
  });

  it('leaves it out when a box around it names a deck or the summary', () => {
    expect(extract(page(`<div class="article-lead"><p>${LEDE}</p></div>`)).text).not.toContain(LEDE);
    expect(extract(page(`<div itemprop="description"><p>${LEDE}</p></div>`)).text).not.toContain(LEDE);
  });

  it('leaves out a plain line that is no sentence (a kicker or a label)', () => {
    const kicker = 'Environment and climate news from the county council meeting this week';
    expect(extract(page(`<p>${kicker}</p>`)).text).not.toContain(kicker);
  });

  it('leaves out a picture\'s caption printed as a plain paragraph after it', () => {
    const caption = 'The old landfill at the edge of the village, seen from the main road on Monday morning.';
    expect(extract(page(`<img src="a.jpg"><p>${caption}</p>`)).text).not.toContain(caption);
    expect(extract(page(`<picture><img src="a.jpg"></picture><p>${caption}</p>`)).text).not.toContain(caption);
    expect(extract(page(`<div class="image-wrap"><img src="a.jpg"><p>${caption}</p></div>`)).text).not.toContain(caption);
  });

  it('leaves it out when a box around it is named page chrome (meta line, sponsor note)', () => {
    const meta = 'This article was published on 3 May 2024 and last updated on 4 May 2024 at 10:15.';
    expect(extract(page(`<div class="article-meta"><p>${meta}</p></div>`)).text).not.toContain(meta);
    const paid = 'This content was paid for by our partner and produced by the commercial team.';
    expect(extract(page(`<div class="sponsor-note"><p>${paid}</p></div>`)).text).not.toContain(paid);
  });

  it('needs the headline beside it: a site logo <h1> over a column of blurbs is none', () => {
    const blurb = 'The Gazette is an independent newsroom funded by readers like you in the county.';
    const html = (title: string, left: string): string => '<!doctype html><html lang="en"><body><header><h1><a href="/">The Gazette</a></h1></header>'
      + `<div class="wrap">${left}<div class="story">${title}<div class="article-body">${BODY}</div></div></div></body></html>`;
    expect(extract(html('<h2>Landfill to become a meadow</h2>', `<div class="left"><p>${blurb}</p></div>`)).text).not.toContain(blurb);
    // The page's title as an <h2> under the logo, right before the paragraph, is the headline.
    const { text } = extract(html('', `<div class="left"><h2>Landfill to become a meadow</h2><p>${LEDE}</p></div>`));
    expect(text).toContain(LEDE);
    expect(text).toContain('sold to the power station');
  });

  it.each([
    ['an author\'s bio', 'Jane Smith is a senior reporter covering local government and the environment for The Gazette.'],
    ['a date line', 'This article was published on 3 May 2024 and last updated on 4 May 2024 at 10:15.'],
    ['a script notice', 'Please enable JavaScript in your browser to view this content and play the video.'],
    ['an ad-blocker notice', 'We noticed you are using an ad blocker. Please support our journalism by turning it off.'],
    ['a sponsor note', 'This content was paid for by our partner and produced by the commercial team.'],
    ['an AI notice', 'This summary was generated by AI and checked by our editors before it was published.'],
  ])('leaves out %s that names nothing the headline names', (_, line) => {
    const { text } = extract(page(`<p>${line}</p>`));
    expect(text).not.toContain(line);
    expect(text).toContain('sold to the power station');
  });

  it('keeps a lede that shares no word with the headline when the page describes itself with it', () => {
    const lede = 'After thirty years of complaints from the villages, the grass will finally grow over the old pit next summer.';
    const html = page(`<p>${lede}</p>`).replace('<body>', `<head><meta name="description" content="${lede}"></head><body>`);
    expect(extract(html).text).toContain(lede);
    expect(extract(page(`<p>${lede}</p>`)).text).not.toContain(lede);
  });

  it('takes only the first prose after the headline, never a paragraph on a page without one', () => {
    const html = '<!doctype html><html lang="en"><body><main><article><header><p class="byline">By Ann Lee, 3 May</p>'
      + `<p>${LEDE}</p></header><div class="article-body">${BODY}</div></article></main></body></html>`;
    const { text } = extract(html);
    expect(text).toContain('sold to the power station');
    expect(text).not.toContain(LEDE);
  });
});
