import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { keptText } from './helpers.js';

const A = 'The avalanche danger fell across the western Alps this week, as a cold and dry spell settled the snowpack and the wind stayed weak on most of the ridges. On Saturday it was as warm as ten degrees on the southern side of the Alps, and on Sunday a weak cold front crossed the country and brought the freezing level down from three thousand to one thousand metres. It brought little snow, only a few flakes in the night to Monday in the east, and Tuesday and Wednesday were sunny again.';
const B = 'In the south the snow cover stayed thin, and on shady slopes above two thousand metres the old layers near the ground were still loose and could give way.';
const C = 'Forecasters expect fresh snow on Sunday, with strong northerly wind that will build new drifts in gullies and bowls near the crests of the higher ranges.';
const CAPTION = 'Figure 2: Freezing level from 14 to 20 January, computed from the daily mean temperatures of eleven automatic stations, with the mean as a dark line and the spread as a shaded band around it.';

// Each part of the report is a content module of its own, with a picture gallery and its caption.
const module = (p: string, gallery: string): string => `<article class="content-element"><div class="textpic"><div class="bodytext"><p>${p}</p></div>${gallery}</div></article>`;

function page(gallery: string): string {
  return '<!doctype html><html lang="en"><body><nav><a href="/">Home</a> <a href="/reports">Reports</a> <a href="/maps">Maps</a></nav><main><div class="main-content">'
    + module(A, gallery) + module(B, '') + module(C, '')
    + '</div></main><aside class="sidebar"><a href="/a">Older report from last week on the snow</a> <a href="/b">Map archive</a></aside></body></html>';
}

describe('locateArticle: a report in content modules, one with a picture gallery', () => {
  it('joins the modules past a gallery whose caption outweighs the levels climbed', () => {
    const text = keptText(locateArticle(parseDocument(page(`<div class="gallery"><figure><img src="a.png"><figcaption>${CAPTION}</figcaption></figure></div>`))));
    expect(text).toContain(A);
    expect(text).toContain(B);
    expect(text).toContain(C);
    expect(text).not.toContain('Figure 2');
    expect(text).not.toContain('Older report');
  });

  // Near miss: the same text in a sidebar box is the page's edge, not the article's furniture:
  // climbing stops there, as it did before.
  it('does not climb past a sidebar beside the first module', () => {
    const text = keptText(locateArticle(parseDocument(page(`<div class="sidebar-box"><p>${CAPTION.replace('Figure 2: ', '')}</p></div>`))));
    expect(text).toContain(A);
    expect(text).not.toContain('Freezing level');
    expect(text).not.toContain(B);
  });
});
