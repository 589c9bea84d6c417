import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/html.js';
import { locateArticle } from '../../src/page/locate.js';
import { PAGE_KINDS } from '../../src/types.js';
import { keptText, locate } from './helpers.js';

describe('locateArticle: comments, teasers, nav, header, footer', () => {
  const { located, text } = locate('comments-and-teasers.html');

  it('keeps every article paragraph, the subheading, list and quote', () => {
    expect(text).toContain('The town council voted on Tuesday evening');
    expect(text).toContain('Supporters said the boat would bring visitors back');
    expect(text).toContain('A plan paid for by the harbour fund');
    expect(text).toContain('Repaired hull planks below the waterline');
    expect(text).toContain('we are giving the north shore its road back');
    expect(text).toContain('Engineers expect the restored ferry');
  });

  it('drops the comment section with its counter, the sidebar, navigation, header and footer', () => {
    for (const junk of ['14 Comments', 'I remember taking that ferry', 'Post comment', 'Most read', 'Storm damages the lighthouse',
      'morning newsletter', 'Sport', 'Copyright 2023', 'Share on Facebook', 'Harbour town votes to restore its old ferry']) {
      expect(text).not.toContain(junk);
    }
  });

  it('reports the regions around the root by kind, and leaves the DOM attached', () => {
    const kinds = new Set([...located.outside, ...located.excluded].map((x) => x.kind));
    expect(kinds.has('comments')).toBe(true);
    for (const x of [...located.outside, ...located.excluded]) {
      expect(PAGE_KINDS).toContain(x.kind);
      expect(x.ruleId).toMatch(/^page\/[a-z0-9-]+$/);
      expect(x.reason.length).toBeGreaterThan(10);
      expect(x.element.isConnected ?? true).toBe(true);
    }
    expect(located.root.localName).not.toBe('body');
  });
});

describe('locateArticle: cookie banner and an article split by a promo box', () => {
  const { located, text } = locate('cookie-banner-split.html');

  it('joins both parts of the split article', () => {
    expect(text).toContain('The night train between the two valley cities');
    expect(text).toContain('sleeping cars bought second hand');
    expect(text).toContain('Tickets will go on sale next month');
    expect(text).toContain('Local mayors welcomed the decision');
  });

  it('drops the promo between the parts and everything around', () => {
    expect(text).not.toContain('Book now and save');
    expect(text).not.toContain('We use cookies');
    expect(text).not.toContain('Accept all');
    expect(text).not.toContain('About us');
    const cookie = located.outside.find((x) => x.element.getAttribute('id') === 'cookie-consent');
    expect(cookie?.kind).toBe('page-chrome');
  });
});

describe('locateArticle: truncated JSON-LD body is evidence, not the output', () => {
  const { text } = locate('json-ld-truncated.html');

  it('finds the full article, beyond what the JSON-LD body holds', () => {
    expect(text).toContain('A group of forty volunteers spent the autumn');
    expect(text).toContain('a small grant from the county paid for the printing');
    expect(text).toContain('repeat the count in the spring');
    expect(text).not.toContain('The...');
  });

  it('does not take the teaser column', () => {
    expect(text).not.toContain('Ferry timetable changes');
    expect(text).not.toContain('Readers can now borrow books');
  });
});

describe('locateArticle: German page', () => {
  const { text } = locate('german.html');

  it('keeps the article and drops comments, related links, navigation and footer', () => {
    expect(text).toContain('Die Stadtbibliothek wird ab dem kommenden Monat');
    expect(text).toContain('zwei zusätzliche Teilzeitkräfte');
    expect(text).not.toContain('Kommentare (3)');
    expect(text).not.toContain('Das ist eine sehr gute Nachricht');
    expect(text).not.toContain('Das könnte Sie auch interessieren');
    expect(text).not.toContain('Impressum');
    expect(text).not.toContain('Startseite');
  });
});

describe('locateArticle: Russian page with hidden parts', () => {
  const { located, text } = locate('russian-hidden.html');

  it('keeps the Cyrillic article and drops hidden and share blocks', () => {
    expect(text).toContain('В субботу в центральном парке открылся новый крытый каток');
    expect(text).toContain('Для детей и пенсионеров по будням вход будет бесплатным');
    expect(text).not.toContain('Этот блок скрыт');
    expect(text).not.toContain('Подпишитесь на нашу рассылку');
    expect(text).not.toContain('ВКонтакте');
    expect(text).not.toContain('Главная');
    expect(located.excluded.some((x) => x.kind === 'hidden' && x.ruleId === 'page/hidden')).toBe(true);
  });
});

describe('locateArticle: robustness', () => {
  it('handles an empty document and returns an element', () => {
    const located = locateArticle(parseDocument(''));
    expect(located.root).toBeTruthy();
    expect(located.excluded).toEqual([]);
  });

  it('survives 50,000 nested elements without overflowing the stack', () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${'Deep text that still reads like a sentence, and it should be found by the walk. '.repeat(3)}</p>${'</div>'.repeat(depth)}</body></html>`;
    const located = locateArticle(parseDocument(html));
    expect(keptText(located)).toContain('Deep text that still reads');
  });

  it('does not change the document', () => {
    const doc = parseDocument('<html><body><nav><a href="/">Home</a></nav><article><p>One paragraph of running text that is long enough to be judged as the article, with words and commas.</p></article></body></html>');
    const before = doc.documentElement.outerHTML;
    locateArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('locateArticle: article parts with inline links, beside teaser cards', () => {
  const { text } = locate('split-linked-prose.html');

  it('joins the part whose paragraphs carry inline links', () => {
    expect(text).toContain('Growers in the northern orchards have planted');
    expect(text).toContain('the new pear keeps for four months in cold storage');
    expect(text).toContain('already working on an apple with the same late season');
  });

  it('does not join the teaser cards, whose headlines are whole links', () => {
    expect(text).not.toContain('Cherry prices fall');
    expect(text).not.toContain('Beekeepers report');
  });
});

describe('locateArticle: bare text written into the container beside a list', () => {
  const { text } = locate('bare-text-beside-list.html');

  it('keeps the bare lines of the container as well as the list', () => {
    expect(text).toContain('Pear trees in cold valleys need a sheltered slope');
    expect(text).toContain('the pears are picked by hand');
    expect(text).not.toContain('Contact');
  });
});

describe('locateArticle: a page builder\'s modules, with a ticker printed twice and a caption', () => {
  const { text } = locate('builder-modules.html');

  it('joins the next module, reached past a module heading', () => {
    expect(text).toContain('A heat pump moves warmth from the air');
    expect(text).toContain('runs at lower water temperatures');
    expect(text).toContain('Installing an air source pump in a family house');
    expect(text).toContain('runs more efficiently through the coldest weeks');
  });

  it('leaves out the caption, the ticker that also sits in the footer, and what follows the comments', () => {
    expect(text).not.toContain('An outdoor unit of an air source heat pump');
    expect(text).not.toContain('Wind farm output hits a record');
    expect(text).not.toContain('Great article');
    expect(text).not.toContain('Sign up to our energy newsletter');
  });
});

describe('locateArticle: a recipe whose data sits between its prose parts', () => {
  const { text } = locate('recipe-parts.html');

  it('keeps the introduction, the ingredient list and the cooking time with the steps', () => {
    expect(text).toContain('This plum cake is the one my grandmother baked');
    expect(text).toContain('250 g flour');
    expect(text).toContain('60 minutes, plus cooling');
    expect(text).toContain('Cut the plums in half');
    expect(text).toContain('bake the cake for about forty minutes');
  });

  it('drops the caption, the list of other recipes and its heading', () => {
    expect(text).not.toContain('The finished cake, still warm');
    expect(text).not.toContain('Apple cake');
    expect(text).not.toContain('More cakes you might like');
  });
});

describe('locateArticle: a blog entry whose class list names its terms', () => {
  const { text } = locate('hentry-terms.html');

  it('does not take the hAtom entry for a comment section or a share bar because of its term classes', () => {
    expect(text).toContain('spent most of Tuesday evening on the harbour budget');
    expect(text).toContain('The vote was put off until the next meeting');
    expect(text).not.toContain('Subscribe to our weekly newsletter');
  });
});

describe('locateArticle: an article element whose class list names its author and state', () => {
  const { text } = locate('article-state-classes.html');

  it('does not take the article for a byline box or a promo because of those classes', () => {
    expect(text).toContain('dropped its plan to sell the allotments');
    expect(text).toContain('ask for a lease of twenty years');
    expect(text).not.toContain('Our newsletter brings you');
  });
});

describe('locateArticle: a short article beside a signup form with more prose', () => {
  const { text } = locate('signup-form-outwrites.html');

  it('keeps the article and does not take the form for a page-wide wrapper', () => {
    expect(text).toContain('The first ferry to the island will leave half an hour later');
    expect(text).toContain('use the bus link to the northern pier');
    expect(text).not.toContain('Join the harbour association');
  });
});

describe('locateArticle: content-system fields whose labels are hidden', () => {
  const { text } = locate('drupal-label-hidden.html');

  it('keeps the introduction field: `label-hidden` hides its label, not the field', () => {
    expect(text).toContain('the central library will stay open until eight in the evening');
    expect(text).toContain('The reading room on the first floor will also open');
  });
});

describe('locateArticle: a named entry body holding more results than prose', () => {
  const { text } = locate('entry-content-table.html');

  it('keeps the plain results beside the one paragraph of prose', () => {
    expect(text).toContain('Six schools sent teams to the county relay championship');
    expect(text).toContain('Northgate School 52.31');
    expect(text).toContain('Riverside Academy 47.12');
    expect(text).not.toContain('Cross-country league');
  });
});

describe('locateArticle: an article in sections, each with its own save and like buttons', () => {
  const { text } = locate('sections-with-buttons.html');

  it('joins all the sections: tiny button links are not teaser headlines', () => {
    expect(text).toContain('the first thing we did was bring in plants');
    expect(text).toContain('The kitchen table came from my grandmother');
    expect(text).toContain('an old cinema seat stands next to the window');
    expect(text).toContain('a lemon tree that even bore fruit last year');
  });
});

describe('locateArticle: a picture legend inside the article', () => {
  const { text } = locate('caption-legend.html', { lang: 'de' });

  it('leaves out the legend and keeps the paragraphs around it', () => {
    expect(text).toContain('mehr als vierzig Nistkästen aufgehängt');
    expect(text).toContain('sieben Kästen angenommen');
    expect(text).not.toContain('brütet gern in alten Obstbäumen');
  });
});

describe('locateArticle: an affiliate disclosure at the top of a review', () => {
  const { text } = locate('affiliate-disclosure.html');

  it('leaves out the disclosure and keeps the review', () => {
    expect(text).toContain('which tents keep a sleeping bag dry');
    expect(text).toContain('Ventilation matters as much as the fabric');
    expect(text).not.toContain('we may earn a small commission');
  });
});

describe('locateArticle: a news system that classes the lede as teaser text', () => {
  const { text } = locate('news-teaser-text.html', { lang: 'de' });

  it('keeps the lede, which links nowhere, and drops the list of other stories', () => {
    expect(text).toContain('Nach zwei Jahren Bauzeit können Radfahrer');
    expect(text).toContain('Der neue Weg ist drei Kilometer lang');
    expect(text).not.toContain('Wochenmarkt zieht auf den Kirchplatz um');
  });
});

describe('locateArticle: a list of related posts with excerpts that out-write the post', () => {
  const { text } = locate('related-list-outwrites.html');

  it('keeps the post and drops the list, which wraps no article however much it writes', () => {
    expect(text).toContain('it is the only way home');
    expect(text).not.toContain('found the canal cleaner than it has been');
    expect(text).not.toContain('a drawer full of spare screws');
  });
});

describe('locateArticle: teaser cards printed into the article container', () => {
  const { text } = locate('teaser-cards-in-body.html');

  it('drops the run of cards from one template and keeps the article', () => {
    expect(text).toContain('replaces breakfast and dinner with a bowl of porridge');
    expect(text).toContain('Doctors warn that a diet built on one food');
    expect(text).not.toContain('Three apples a day before meals');
    expect(text).not.toContain('Fresh juices instead of two meals');
  });
});

describe('locateArticle: a listicle whose items carry one link inside a sentence, above teaser cards', () => {
  const { text } = locate('listicle-inline-links.html');

  it('keeps the items: their links sit inside the text, none is the item\'s headline', () => {
    for (const item of ['1. Northhaven', 'crosses to the island every hour', 'lantern room', '4. Port Aldous', 'takes an hour each way']) {
      expect(text).toContain(item);
    }
    expect(text).toContain('weekend tickets are cheaper');
  });

  it('still drops the cards whose headlines are their links', () => {
    expect(text).not.toContain('Ten quiet beaches for spring');
    expect(text).not.toContain('The old vessel is a hotel now');
  });
});

describe('locateArticle: a listicle whose headings are links over paragraphs of prose', () => {
  const { text } = locate('listicle-linked-headings.html');

  it('keeps the items: a headline link over a paragraph is no teaser card\'s summary line', () => {
    for (const item of ['1. Northhaven', 'guided walks on Saturday mornings', '4. Port Aldous', 'swell is over a metre']) {
      expect(text).toContain(item);
    }
  });

  it('still drops the cards below them', () => {
    expect(text).not.toContain('Ten quiet beaches for spring');
  });
});

describe('locateArticle: classed paragraphs that each carry a link', () => {
  const { text } = locate('linked-paragraphs.html');

  it('keeps them: a run of paragraphs from one template is the article, not teaser cards', () => {
    expect(text).toContain('The first reports came from');
    expect(text).toContain('By the evening the river had');
    expect(text).toContain('Residents who need sandbags');
  });
});

describe('locateArticle: subheadings whose anchors are slugs of their text', () => {
  const { text } = locate('heading-slug-ids.html');

  it('keeps the subheadings: an anchor saying "most" or "next" is no teaser list', () => {
    expect(text).toContain('What do you read most of the time?');
    expect(text).toContain('What are you looking forward to next?');
    expect(text).toContain('We are rewriting the help pages');
  });
});

describe('locateArticle: an article body classed as a paywall container', () => {
  const { text } = locate('paywall-body.html');

  it('keeps the body, whose class names it the entry content as well as the paywall', () => {
    expect(text).toContain('almost half of the people asked feel they cannot speak');
    expect(text).toContain('a finding about manners became a headline');
    expect(text).not.toContain('Careful is not the same as afraid');
  });
});

describe('locateArticle: a CMS flag that the story is promoted to the front page', () => {
  const { text } = locate('drupal-promoted-node.html');

  it('keeps the story classed node--promoted, and still drops a promo box', () => {
    expect(text).toContain('opened its doors again on Saturday');
    expect(text).toContain('run out of the fish soup');
    expect(text).not.toContain('print edition');
    expect(text).not.toContain('We use cookies');
  });
});

describe('locateArticle: a list hidden on small screens only', () => {
  const { text } = locate('responsive-hidden.html');

  it('keeps a list classed hidden-xs hidden-print, which is shown on larger screens', () => {
    expect(text).toContain('shot ten rolls of colour and black-and-white film');
    expect(text).toContain('a rangefinder from the seventies');
    expect(text).toContain('light on the cliffs was harsh at noon');
  });
});

describe('locateArticle: a forum thread whose posts sit in a script hook named for replies', () => {
  const { text } = locate('forum-thread-js-hooks.html');

  it('reads js- classes as script hooks, not as a comment section, and keeps the posts', () => {
    expect(text).toContain('a small heap of grit and sand on the beige blanket');
    expect(text).toContain('A quick brush on the doorstep helped');
    expect(text).toContain('out since five o\'clock this morning');
  });
});

describe('locateArticle: paragraphs set in the secondary typeface', () => {
  const { text } = locate('secondary-font.html');

  it('keeps paragraphs classed font--secondary, and still drops the #secondary column', () => {
    expect(text).toContain('The special court will open three large cases');
    expect(text).toContain('witnesses testify once');
    expect(text).toContain('publish its list of cases in full');
    expect(text).not.toContain('Mayor opens the new bridge');
  });
});
