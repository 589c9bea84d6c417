import { describe, expect, it } from 'vitest';
import { clean, extract } from '../../src/index.js';
import type { Result } from '../../src/index.js';

const EVENTS = [
  'The first case is confirmed in the capital, and schools remain open for now.',
  'The government closes all schools and bans gatherings of more than fifty people.',
  'Shops reopen under strict rules on masks and distance.',
];

const LEAD = 'The crisis developed over a few weeks, as officials in the capital struggled to respond to the spread of the virus and to reassure a worried public.';
const BODY = 'Hospitals in the north were the first to feel the strain, and doctors there asked the government for more beds and more staff long before the first rules came in.';

const DATES: Record<string, string[]> = {
  en: ['March 3, 2020', 'March 12, 2020', 'April 1, 2020'],
  'en with weekday and time': ['Tuesday, March 3, 2020 10:15', 'Thursday, March 12, 2020 18:00', 'Wednesday, April 1, 2020 09:30'],
  de: ['3. März 2020', '12. März 2020', '1. April 2020'],
  'de with weekday and time': ['Dienstag, 3. März 2020, 10:15 Uhr', 'Donnerstag, 12. März 2020, 18:00 Uhr', 'Mittwoch, 1. April 2020, 9:30 Uhr'],
  fr: ['3 mars 2020', '12 mars 2020', '1 avril 2020'],
  es: ['3 de marzo de 2020', '12 de marzo de 2020', '1 de abril de 2020'],
  iso: ['2020-03-03', '2020-03-12', '2020-04-01'],
  'iso with time': ['2020-03-03 10:15', '2020-03-12 18:00', '2020-04-01 09:30'],
};

function textTimeline(dates: string[]): string {
  return ['Timeline of the crisis', ...dates.flatMap((d, i) => [d, EVENTS[i]])].join('\n\n');
}

function expectWhole(result: Result, dates: string[]): void {
  for (const d of dates) expect(result.text).toContain(d);
  for (const e of EVENTS) expect(result.text).toContain(e);
  expect(result.removed.map((r) => `${r.ruleId}: ${r.text}`)).toEqual([]);
}

function page(article: string): string {
  return `<!doctype html><html lang="en"><head><title>Crisis</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>How the crisis unfolded</h1><p>${LEAD}</p>${article}</article><footer><a href="/about">About us</a></footer></body></html>`;
}

describe('timelines: dates that separate entries of prose stay, with their entries', () => {
  for (const [name, dates] of Object.entries(DATES)) {
    it(`clean() keeps a text timeline (${name}) and its last event`, () => {
      expectWhole(clean(textTimeline(dates)), dates);
    });
  }

  it('clean() keeps a timeline with an ad slot, a picture credit or a share bar among its entries', () => {
    const dates = DATES.en;
    for (const insert of ['Advertisement', 'Share this post']) {
      const result = clean([LEAD, insert, dates[0], EVENTS[0], insert, dates[1], EVENTS[1], insert, dates[2], EVENTS[2], insert].join('\n\n'));
      for (const d of dates) expect(result.text, insert).toContain(d);
      for (const e of EVENTS) expect(result.text, insert).toContain(e);
      expect(result.text, insert).not.toContain(insert);
    }
  });

  it('clean() keeps an entry of several paragraphs', () => {
    const dates = DATES.en;
    const result = clean([LEAD, dates[0], EVENTS[0], BODY, dates[1], EVENTS[1], dates[2], EVENTS[2]].join('\n\n'));
    expectWhole(result, dates);
  });

  const HTML: Record<string, string> = {
    'dates in <p><strong>': DATES.en.map((d, i) => `<p><strong>${d}</strong></p><p>${EVENTS[i]}</p>`).join(''),
    'dates in <h3>': DATES.en.map((d, i) => `<h3>${d}</h3><p>${EVENTS[i]}</p>`).join(''),
    '<li> entries': `<ul>${DATES.en.map((d, i) => `<li><strong>${d}</strong><p>${EVENTS[i]}</p></li>`).join('')}</ul>`,
    'German <li> entries with <br>': `<ul>${DATES.de.map((d, i) => `<li><b>${d}</b><br>${EVENTS[i]}</li>`).join('')}</ul>`,
  };

  for (const [name, html] of Object.entries(HTML)) {
    const dates = name.startsWith('German') ? DATES.de : DATES.en;
    it(`clean() keeps an HTML timeline (${name})`, () => {
      expectWhole(clean(`<p>${LEAD}</p>${html}`), dates);
    });
    it(`extract() keeps an HTML timeline (${name}) on a whole page`, () => {
      const { text } = extract(page(html));
      for (const d of dates) expect(text).toContain(d);
      for (const e of EVENTS) expect(text).toContain(e);
    });
  }

  it('extract() keeps a timeline that opens the article, before any long paragraph', () => {
    const html = `<!doctype html><html lang="en"><body><article>${HTML['dates in <p><strong>']}</article></body></html>`;
    const { text } = extract(html);
    for (const d of DATES.en) expect(text).toContain(d);
    for (const e of EVENTS) expect(text).toContain(e);
  });

  it('still removes boilerplate after the timeline', () => {
    const result = clean(`${textTimeline(DATES.en)}\n\nShare this article\n\nFacebook`);
    expect(result.text).toContain(EVENTS[2]);
    expect(result.text).not.toContain('Share this article');
  });
});

describe('timelines: a lone date line is still the dateline', () => {
  it('clean() removes a date line over the article', () => {
    const result = clean(['March 3, 2020', LEAD, BODY].join('\n\n'));
    expect(result.text).not.toContain('March 3, 2020');
    expect(result.text).toContain(LEAD);
  });

  it('clean() removes a date line under the article', () => {
    const result = clean([LEAD, BODY, '3. März 2020'].join('\n\n'));
    expect(result.text).not.toContain('März');
    expect(result.text).toContain(BODY);
  });

  it('clean() removes a dateline over the article and a date under it', () => {
    const result = clean(['2020-03-03 10:15', LEAD, BODY, '2020-03-04'].join('\n\n'));
    expect(result.text).not.toContain('2020-03');
    expect(result.text).toContain(LEAD);
    expect(result.text).toContain(BODY);
  });

  it('clean() removes publication and update stamps', () => {
    const result = clean(['Published March 3, 2020', LEAD, 'Updated March 4, 2020', BODY].join('\n\n'));
    expect(result.text).not.toContain('March 3, 2020');
    expect(result.text).not.toContain('March 4, 2020');
    expect(result.text).toContain(BODY);
  });

  it('extract() removes a lone dateline on a whole page', () => {
    const { text } = extract(page(`<p><time>March 3, 2020</time></p><p>${BODY}</p>`));
    expect(text).not.toContain('March 3, 2020');
    expect(text).toContain(BODY);
  });

  it('does not keep dates heading linked headlines: a list of other stories', () => {
    const list = DATES.en.map((d, i) => `<p>${d}</p><p><a href="/s${i}">Another story about the crisis in the capital, number ${i}</a></p>`).join('');
    const { text } = clean(`<p>${LEAD}</p><p>${BODY}</p>${list}`);
    for (const d of DATES.en) expect(text).not.toContain(d);
  });

  it('clean() removes a dateline and one later date: two dates are no timeline', () => {
    const result = clean(['March 3, 2020', LEAD, BODY, 'March 4, 2020', 'The council later said the vote would be repeated next week.'].join('\n\n'));
    expect(result.text).not.toContain('March 3, 2020');
    expect(result.text).not.toContain('March 4, 2020');
    expect(result.text).toContain(BODY);
  });

  it('clean() does not read the same date printed again and again as a timeline', () => {
    const d = '03.03.2020 10:15';
    const result = clean([d, LEAD, d, BODY, d, 'The council later said the vote would be repeated next week.'].join('\n\n'));
    expect(result.text).not.toContain(d);
  });

  it('does not keep dates of teasers that end in "Read more"', () => {
    const teasers = DATES.en.flatMap((d, i) => [d, `Officers detained a man on Monday evening in case number ${i + 1}. Read more`]);
    const { text } = clean([LEAD, BODY, ...teasers].join('\n\n'));
    for (const d of DATES.en) expect(text).not.toContain(d);
    const html = DATES.en.map((d, i) => `<div><span>${d}</span><p>Officers detained a man on Monday evening in case number ${i + 1}. <a href="/s${i}">Read more</a></p></div>`).join('');
    const fromHtml = clean(`<p>${LEAD}</p><p>${BODY}</p>${html}`).text;
    for (const d of DATES.en) expect(fromHtml).not.toContain(d);
  });

  it('does not keep the dates of a comment thread under its counter, with a name line between', () => {
    const thread = DATES.en.flatMap((d, i) => [`Reader ${i + 1}`, d, `I think the council got this one right, and said so at the meeting number ${i + 1}.`]);
    const { text } = clean([LEAD, BODY, '3 Comments', ...thread.slice(1)].join('\n\n'));
    for (const d of DATES.en) expect(text).not.toContain(d);
  });

  for (const label of ['Related stories', 'More from News', 'Latest news']) {
    it(`does not keep dates of teasers under "${label}": other stories, not events`, () => {
      const teasers = DATES.en.flatMap((d, i) => [d, `Another story about the crisis in the capital, number ${i + 1} of the week.`]);
      const { text } = clean([LEAD, BODY, label, ...teasers].join('\n\n'));
      for (const d of DATES.en) expect(text).not.toContain(d);
      expect(text).toContain(BODY);
    });
  }
});
