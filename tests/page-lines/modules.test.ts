import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { classifyLine, type LineClass } from '../../src/page/lines/classify.js';
import { commentsStart } from '../../src/page/lines/comments.js';
import { isLabel } from '../../src/page/lines/labels.js';
import { lineFeatures } from '../../src/page/lines/line-features.js';
import { extendToLead, extendToOpening, extendToTimeline, heaviestSpan, positionPrior, trimTail } from '../../src/page/lines/region.js';
import { smooth } from '../../src/page/lines/smooth.js';
import { teaserLines } from '../../src/page/lines/teasers.js';
import { blurbLines } from '../../src/page/lines/blurbs.js';
import { tableLines } from '../../src/page/lines/tables.js';
import { isCaptionCredit, isLabelledLink } from '../../src/page/lines/page-kinds.js';
import { isDateline } from '../../src/page/lines/datelines.js';
import { stopwordSet } from '../../src/features/stopwords.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { splitLines } from '../../src/parse/lines.js';

function features(text: string, lang = 'en') {
  return lineFeatures(textBlocks(splitLines(text)), stopwordSet(lang));
}

describe('classifyLine', () => {
  it('reads long stopword-dense lines as prose and menu words as short', () => {
    const [prose, menu, crumbs] = features(
      'The council said that it would not raise the fees this year, because the budget for the next two years had already been agreed with the regional government.\nSubscribe\nHome | News | Local | Sport',
    );
    expect(classifyLine(prose, true)).toBe('good');
    expect(classifyLine(menu, true)).toBe('short');
    expect(classifyLine(crumbs, true)).toBe('bad');
  });

  it('reads guillemets as quotation marks when they open and close, as breadcrumb separators otherwise', () => {
    const [fr, de, crumbs] = features(
      "Le maire a déclaré que « le pont sera rouvert au printemps » et que les travaux, qui ont pris du retard à cause des pluies, coûteront moins que prévu selon « les premières estimations » du département.\nDer Bürgermeister sagte, »die Brücke wird im Frühjahr wieder geöffnet«, und die Arbeiten würden trotz des Regens weniger kosten, als man im Herbst »befürchtet« hatte.\nAccueil » Actualités » Région » Transports",
      'fr',
    );
    expect(fr.separators).toBe(0);
    expect(de.separators).toBe(0);
    expect(crumbs.separators).toBe(3);
    expect(classifyLine(fr, true)).toBe('good');
  });

  it('reads a long list of names and numbers as furniture', () => {
    const [line] = features('Kyle Busch 5040 Martin Truex Jr. 5035 Kevin Harvick 5033 Denny Hamlin 5032 Joey Logano 5027 Ryan Blaney 5023 Chase Elliott 5010');
    expect(classifyLine(line, true)).toBe('bad');
  });
});

describe('smooth', () => {
  const c = (s: string) => s.split(' ') as LineClass[];
  it('keeps a short heading between prose and drops a run of short lines', () => {
    expect(smooth(c('good short good'))).toEqual(c('good good good'));
    expect(smooth(c('good short short short good'))).toEqual(c('good bad bad bad good'));
  });
  it('lets near lines beside prose join it', () => {
    expect(smooth(c('bad bad near good near bad bad'))).toEqual(c('bad bad good good good bad bad'));
  });
  it('counts the input edges as prose', () => {
    expect(smooth(c('short good good'))).toEqual(c('good good good'));
  });
});

describe('heaviestSpan', () => {
  it('finds the run whose weight is largest, in one pass', () => {
    expect(heaviestSpan([-5, 10, -2, 10, -30, 15])).toEqual({ start: 1, end: 3 });
    expect(heaviestSpan([-1, -1])).toEqual({ start: 0, end: -1 });
  });
});

describe('positionPrior', () => {
  it('discounts prose by the prose before it, not by the lines before it', () => {
    // A long menu (negative weights) before the first prose does not make that prose late.
    const menu = Array(50).fill(-12);
    const w = positionPrior([...menu, 100, 100, -40, 100]);
    expect(w.slice(0, 50)).toEqual(menu);
    expect(w[50]).toBe(100);
    expect(w[51]).toBeCloseTo(100 * (1 - 0.6 / 3));
    expect(w[52]).toBe(-40);
    expect(w[53]).toBeCloseTo(100 * (1 - 0.6 * 2 / 3));
  });
});

describe('extendToLead', () => {
  const c = (s: string) => s.split(' ') as LineClass[];
  it('pulls the start back over prose a few furniture lines above the span', () => {
    expect(extendToLead({ start: 6, end: 8 }, c('bad bad good bad bad bad good good good'))).toEqual({ start: 2, end: 8 });
  });
  it('reaches across a long box of furniture (a paywall, a sign-up form) to a first paragraph', () => {
    const boxed = c(['good', ...Array(14).fill('bad'), 'good', 'good'].join(' '));
    expect(extendToLead({ start: 15, end: 16 }, boxed)).toEqual({ start: 0, end: 16 });
  });
  it('leaves prose far above the span, beyond a very long stretch of furniture, outside', () => {
    const far = c(['good', ...Array(50).fill('bad'), 'good', 'good'].join(' '));
    expect(extendToLead({ start: 51, end: 52 }, far)).toEqual({ start: 51, end: 52 });
  });
  it('does not reach across a byline far above: prose over the dateline is a headline block', () => {
    const lines = c(['good', ...Array(14).fill('bad'), 'good', 'good'].join(' '));
    const dateline = (i: number) => i === 13;
    expect(extendToLead({ start: 15, end: 16 }, lines, () => true, dateline)).toEqual({ start: 15, end: 16 });
    // A date in the box but far from the body (a teaser's) does not stop it.
    expect(extendToLead({ start: 15, end: 16 }, lines, () => true, (i) => i === 3)).toEqual({ start: 0, end: 16 });
  });
  it('skips prose lines that cannot lead (a notice the page repeats)', () => {
    const lines = c(['good', ...Array(14).fill('bad'), 'good', 'good'].join(' '));
    expect(extendToLead({ start: 15, end: 16 }, lines, (i) => i !== 0)).toEqual({ start: 15, end: 16 });
  });
});

describe('extendToOpening', () => {
  it('takes sentence-ending lines just above the span, over one other line at most', () => {
    const opens = (set: number[]) => (i: number) => set.includes(i);
    expect(extendToOpening({ start: 5, end: 9 }, opens([4]))).toEqual({ start: 4, end: 9 });
    expect(extendToOpening({ start: 5, end: 9 }, opens([3]))).toEqual({ start: 3, end: 9 });
    expect(extendToOpening({ start: 5, end: 9 }, opens([2]))).toEqual({ start: 5, end: 9 });
    expect(extendToOpening({ start: 5, end: 9 }, opens([0, 1, 2, 3, 4]))).toEqual({ start: 2, end: 9 });
  });
});

describe('extendToTimeline', () => {
  it('takes in a timeline that starts right after the span, across a heading, but not one further down or in the comments', () => {
    expect(extendToTimeline({ start: 2, end: 10 }, [{ start: 12, end: 17 }], -1)).toEqual({ start: 2, end: 17 });
    expect(extendToTimeline({ start: 2, end: 10 }, [{ start: 4, end: 8 }, { start: 11, end: 16 }], -1)).toEqual({ start: 2, end: 16 });
    expect(extendToTimeline({ start: 2, end: 10 }, [{ start: 14, end: 19 }], -1)).toEqual({ start: 2, end: 10 });
    expect(extendToTimeline({ start: 2, end: 10 }, [{ start: 12, end: 17 }], 11)).toEqual({ start: 2, end: 10 });
  });
});

describe('isDateline', () => {
  const d = (t: string) => isDateline(features(t)[0], t);
  it('recognises dates and times on short lines, in any language', () => {
    expect(d('Nov. 19, 2019 8:03 am ET')).toBe(true);
    expect(d('Mi, 18. Oktober 2023 um 12:50 Uhr')).toBe(true);
    expect(d('von Anna Berg am 14.05.2014')).toBe(true);
    expect(d('jeudi 13 juin 2019, par la rédaction')).toBe(true);
  });
  it('reads a time with an h between hours and minutes as a time', () => {
    expect(d('Mardi à 10h15')).toBe(true);
    expect(d('aujourd’hui, 10 h 15')).toBe(true);
    expect(d('Score: 10 h 75')).toBe(false);
  });
  it('leaves numbers that are not dates, and sentences that mention a year', () => {
    expect(d('2,019 Kommentare')).toBe(false);
    expect(d('Preis: 20.50 Euro')).toBe(false);
    expect(d('Home')).toBe(false);
    expect(d('The bridge was opened in 1998 after eleven years of planning, and it has carried trains and cars across the river ever since.')).toBe(false);
  });
});

describe('comment threads', () => {
  it('recognises labels in several languages and not prose about comments', () => {
    const n = (s: string) => features(s)[0].normalised;
    expect(isLabel('comments', n('12 Kommentare'))).toBe(true);
    expect(isLabel('comments', n('Leave a Reply'))).toBe(true);
    expect(isLabel('comments', n('3 commentaires'))).toBe(true);
    expect(isLabel('comments', n('The minister declined to comment on the report.'))).toBe(false);
    expect(isLabel('comment-meta', n('Anna says:'))).toBe(true);
  });

  it('ignores a comment counter next to the headline', () => {
    const text = [
      'A headline about the harbour',
      '5 Comments',
      'The harbour will be dredged next spring so that larger ships can reach the quay, the port authority said on Monday after a long meeting.',
      'Work will begin in April and should take about six weeks, during which the ferries will use the northern pier instead of the old one.',
    ].join('\n');
    const f = features(text);
    expect(commentsStart(f, f.map((x) => classifyLine(x, true)))).toBe(-1);
  });
});

describe('extract() on text', () => {
  it('keeps an article that talks about comments and menus', () => {
    const text = [
      'The newspaper decided last year to close the comments under its articles, because moderating them had become too expensive for the small team.',
      'Readers can still write letters to the editor, and the best of them are printed every Saturday on the opinion page of the paper.',
      'The menu of the new website has also been simplified, with only five sections left where there used to be more than twenty.',
    ].join('\n');
    const r = extract(text, { format: 'text' });
    expect(r.removed).toEqual([]);
    expect(r.text.split('\n\n')).toHaveLength(3);
  });

  it('returns the same shape as for HTML', () => {
    const r = extract('Home\nNews\nSport\nA long paragraph that is the only prose on this page, written so that it reads as an article and has enough words to count.', { format: 'text', url: 'https://example.org/a' });
    expect(Object.keys(r).sort()).toEqual(['html', 'metadata', 'removed', 'text']);
    expect(r.metadata.url).toBe('https://example.org/a');
    expect(r.html).toMatch(/^<p>A long paragraph/);
    expect(r.removed.map((x) => x.kind)).toEqual(['navigation', 'navigation', 'navigation']);
  });

  it('costs time linear in the number of lines', () => {
    const page = (n: number) => Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'The committee met again on Tuesday and agreed that the new rules would apply from the first of the month, after a long debate.' : `Menu item ${i}`)).join('\n');
    const time = (n: number) => {
      const t = performance.now();
      extract(page(n), { format: 'text' });
      return performance.now() - t;
    };
    time(2000);
    const small = time(5000);
    const large = time(20000);
    expect(large).toBeLessThan(small * 8 + 60);
  });
});

describe('teaserLines', () => {
  const heads = [
    'How to keep your tomato plants healthy through a wet and cold summer',
    'The quiet return of the old apple varieties to the orchards of the valley',
    'Why the allotment waiting list has grown longer than it has been for years',
  ];
  const run = (lines: string[]) => {
    const f = features(lines.join('\n'));
    return teaserLines(f.map((x) => classifyLine(x, true)), f, lines);
  };
  it('marks a run of headlines that never end a sentence', () => {
    expect(run(heads)).toEqual([true, true, true]);
  });
  it('reads through the dates and sections between headlines', () => {
    expect(run([heads[0], '12 March', heads[1], 'Gardens', '3 comments', heads[2]])).toEqual([true, false, true, false, false, true]);
  });
  it('leaves a list announced by a lead-in line, and a sentence wrapped over lines', () => {
    expect(run(['You will need:', ...heads])).toEqual([false, false, false, false]);
    expect(run(['The society said that members who want to take part in the scheme', 'will need a card from the secretary and an envelope for each kind', 'of seed they bring back to the waiting room in the autumn'])).toEqual([false, false, false]);
  });
  it('leaves a single subheading between paragraphs', () => {
    expect(run(['The council said that it would not raise the fees this year, because the budget had been agreed.', heads[0], 'Work will begin in April and should take about six weeks, during which the ferries will use the northern pier.'])).toEqual([false, false, false]);
  });
});

describe('blurbLines', () => {
  const para = 'The council agreed on Tuesday to keep the small library open for another three years, after more than two thousand people signed a letter';
  const run = (ends: string[]) => {
    const lines = ends.flatMap((end, k) => [`Headline number ${k + 1} of the list`, para + end]);
    const fs = features(lines.join('\n'));
    return blurbLines(fs.map((f) => classifyLine(f, true)), fs, lines);
  };
  it('marks headlines and excerpts cut off with an ellipsis, three or more in a row', () => {
    expect(run(['...', '…', '...'])).toEqual(Array(6).fill(true));
  });
  it('leaves paragraphs that end their sentences, and two cut-off excerpts', () => {
    expect(run(['.', '.', '.']).some(Boolean)).toBe(false);
    expect(run(['...', '...', '.']).some(Boolean)).toBe(false);
  });
});

describe('tableLines', () => {
  const table = (lines: string[]) => tableLines(features(lines.join('\n')), lines);
  it('marks a table written one cell per line, its header row too', () => {
    const rows = ['Model', 'Price', 'Grade', 'Classic 1,7', '25 €', '2,1', 'Pro Steel', '79 €', '1,8', 'Basic', '12 €', '3,4'];
    expect(table(rows)).toEqual(Array(rows.length).fill(true));
  });
  it('marks an ingredient list of quantities and names', () => {
    expect(table(['125 g', 'flour', '65 g', 'sugar', '1 tsp', 'baking powder', '2', 'eggs']).every(Boolean)).toBe(true);
  });
  it('leaves a menu, a list of dates and too few rows', () => {
    expect(table(['Home', 'News', 'Sport', 'Weather', 'Travel', 'Contact']).some(Boolean)).toBe(false);
    expect(table(['12.03.2024', '11.03.2024', '10.03.2024', '09.03.2024']).some(Boolean)).toBe(false);
    expect(table(['Basic', '12 €', 'Pro', '79 €']).some(Boolean)).toBe(false);
  });
  it('leaves headlines between dates: they are longer than cells', () => {
    const teasers = ['12.03.2024', 'The council votes to keep the old library open', '11.03.2024', 'A new cycle path opens along the river next week', '10.03.2024', 'Volunteers count the swifts nesting in the church tower'];
    expect(table(teasers).some(Boolean)).toBe(false);
  });
});

describe('trimTail', () => {
  // 1 = a kept line of 100 characters, 0 = furniture
  const trim = (s: string, size = 100) => {
    const k = s.split('').map(Number);
    return trimTail({ start: 0, end: k.length - 1 }, (i) => k[i] === 1, () => size);
  };
  it('drops a small last block set off by three furniture lines, and a smaller one before it', () => {
    expect(trim('11111111111110001')).toEqual({ start: 0, end: 12 });
    expect(trim('1111111111111111111100010001')).toEqual({ start: 0, end: 19 });
  });
  it('keeps a last block beside a short gap, or a large one', () => {
    expect(trim('1111111111111001')).toEqual({ start: 0, end: 15 });
    expect(trim('111111110001111')).toEqual({ start: 0, end: 14 });
  });
});

describe('isCaptionCredit', () => {
  const cap = (t: string) => isCaptionCredit(features(t)[0], t);
  it('recognises picture credits in several forms', () => {
    expect(cap('The old waiting room, where the seed library will open. Photo: Parish archive')).toBe(true);
    expect(cap('Foto: Gemeindearchiv')).toBe(true);
    expect(cap('Photo by a reader of the paper')).toBe(true);
    expect(cap('Die Brücke im Winter. © Stadtarchiv')).toBe(true);
  });
  it('leaves prose that mentions photos, and long lines', () => {
    expect(cap('The photographer said that the photos would be shown in the hall.')).toBe(false);
    expect(cap('The council, which met on Monday, said that the bridge would reopen in spring and that the photos taken by the engineers (Photo: council) showed no damage to its piers or to the road.')).toBe(false);
  });
});

describe('isLabelledLink', () => {
  const link = (t: string) => isLabelledLink(features(t)[0], t);
  it('recognises a label and a headline', () => {
    expect(link('Read more: Allotment holders asked to save water through the dry months')).toBe(true);
    expect(link('Lesen Sie auch: Neue Buslinie verbindet die Dörfer im Tal')).toBe(true);
  });
  it('leaves interview lines, sentences and code', () => {
    expect(link('Weber: „Wir haben im Sommer mehr Gäste als je zuvor gehabt“')).toBe(false);
    expect(link('The council said: the bridge will reopen in the spring.')).toBe(false);
    expect(link('def setUp(self): return the cache of the finders')).toBe(false);
  });
});
